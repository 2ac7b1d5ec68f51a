import { randomInt } from "node:crypto";
import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { db } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/requests/status";
import { parseSurveyInput, type SurveyFieldErrors, type SurveyInput } from "./survey-input";

/**
 * A request may be rated once it is finished: completed, and also refused or closed. A
 * refusal is a decision the resident was given like any other (Licensing Act), the process,
 * the staff, the time and the information were all there to rate, and leaving the refused
 * out would make the published figures kinder than the service.
 */
export const SURVEY_STATUSES: readonly RequestStatus[] = ["done", "rejected"];

export type SurveyResult =
  | { status: "saved" }
  | { status: "invalid"; errors: SurveyFieldErrors }
  | { status: "already_answered" }
  | { status: "not_finished" }
  | { status: "not_found" };

const TOKEN = /^[A-Za-z0-9_-]{22}$/;
const BANGKOK_MIDNIGHT = "T00:00:00+07:00";

/**
 * The resident's answer for the request behind this tracking token. In one transaction the
 * request is marked answered only if it was not (`surveyedAt IS NULL`) and the answer is
 * written only if that mark was ours, so a double submit or two at once store one answer.
 *
 * The answer keeps the service, division, channel, and the month and fiscal year the request
 * was finished in, nothing else: no request, no person, no moment. Its id is random, and the
 * request's mark is the day only, so neither the order of rows nor the times match an answer
 * to a request. No audit entry is written for the same reason.
 */
export async function submitSurvey(trackingToken: string, input: SurveyInput, now: Date = new Date()): Promise<SurveyResult> {
  if (!TOKEN.test(trackingToken)) return { status: "not_found" };
  const request = await db.request.findUnique({
    where: { trackingToken },
    select: { id: true, status: true, serviceId: true, divisionId: true, channel: true, completedAt: true, updatedAt: true, surveyedAt: true },
  });
  if (!request) return { status: "not_found" };
  if (!SURVEY_STATUSES.includes(request.status as RequestStatus)) return { status: "not_finished" };
  if (request.surveyedAt) return { status: "already_answered" };
  const parsed = parseSurveyInput(input);
  if (!parsed.success) return { status: "invalid", errors: parsed.errors };

  const finished = bangkokDate(request.completedAt ?? request.updatedAt);
  const markedOn = new Date(`${bangkokDate(now)}${BANGKOK_MIDNIGHT}`);
  const saved = await db.$transaction(async (tx) => {
    // Raw SQL so the request's updatedAt (the board's "recently closed" order) stays as it was.
    const marked = await tx.$executeRaw`
      UPDATE "Request" SET "surveyedAt" = ${markedOn}
      WHERE "id" = ${request.id} AND "surveyedAt" IS NULL AND "status" = ${request.status}`;
    if (marked !== 1) return false;
    await tx.surveyResponse.create({
      data: {
        id: await unusedId(tx),
        serviceId: request.serviceId,
        divisionId: request.divisionId,
        channel: request.channel,
        month: finished.slice(0, 7),
        fiscalYear: fiscalYearOf(finished),
        ...parsed.data,
      },
    });
    return true;
  });
  return saved ? { status: "saved" } : { status: "already_answered" };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * A random id (SQLite's write lock is held, so no one takes it between the check and the
 * insert; on PostgreSQL a 1-in-2^31 race fails the insert on the primary key, never doubles).
 */
async function unusedId(tx: Tx): Promise<number> {
  for (;;) {
    const id = randomInt(1, 2 ** 31 - 1);
    if (!(await tx.surveyResponse.findUnique({ where: { id }, select: { id: true } }))) return id;
  }
}

/** Where the tracking page and the survey page stand: can this request be rated now? */
export async function surveyState(trackingToken: string): Promise<"open" | "answered" | "not_finished" | null> {
  if (!TOKEN.test(trackingToken)) return null;
  const request = await db.request.findUnique({ where: { trackingToken }, select: { status: true, surveyedAt: true } });
  if (!request) return null;
  if (!SURVEY_STATUSES.includes(request.status as RequestStatus)) return "not_finished";
  return request.surveyedAt ? "answered" : "open";
}
