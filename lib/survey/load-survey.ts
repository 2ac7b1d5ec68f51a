import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { db } from "@/lib/db/client";
import { divisionGroup, figuresOf, summariseSurvey, type SurveySummary } from "./aggregate";

/**
 * A fiscal year's figures, counting only months that have ended (Asia/Bangkok). Figures
 * that moved with each new answer would let someone who knows who answered today (an
 * officer who just closed their request) read that one answer off the change; a month's
 * answers arrive together, when the month is over.
 */
export async function surveySummary(fiscalYear: number, now: Date = new Date()): Promise<SurveySummary> {
  const rows = await db.surveyResponse.findMany({
    where: { fiscalYear, month: { lt: currentMonth(now) } },
    select: { serviceId: true, divisionId: true, month: true, process: true, staff: true, time: true, facilities: true, information: true, overall: true },
  });
  return summariseSurvey(rows, fiscalYear);
}

export const currentMonth = (now: Date) => bangkokDate(now).slice(0, 7);
export const currentFiscalYear = (now: Date = new Date()) => fiscalYearOf(bangkokDate(now));

/** Fiscal years with answers, newest first (for the staff page's year list). */
export async function surveyYears(): Promise<number[]> {
  const years = await db.surveyResponse.groupBy({ by: ["fiscalYear"], orderBy: { fiscalYear: "desc" } });
  return years.map((row) => row.fiscalYear);
}

/**
 * The comments of one division's fiscal year, for its head: only when the division's year
 * is shown (MIN_RESPONSES answers or more), without their ratings, service or month, and in
 * alphabetical order rather than the order they came in.
 */
export async function surveyComments(summary: SurveySummary, divisionId: number, now: Date = new Date()): Promise<string[]> {
  if (!figuresOf(summary, divisionGroup(divisionId)).shown) return [];
  const fiscalYear = summary.fiscalYear;
  const rows = await db.surveyResponse.findMany({
    where: { divisionId, fiscalYear, month: { lt: currentMonth(now) }, comment: { not: "" } },
    select: { comment: true },
  });
  return rows.map((row) => row.comment).sort((a, b) => a.localeCompare(b, "th"));
}

export type Names = { th: string; en: string };

/** Names for the services and divisions in a summary (a service since retired keeps its name). */
export async function summaryNames(summary: SurveySummary): Promise<{ services: Map<number, Names>; divisions: Map<number, Names> }> {
  const [services, divisions] = await Promise.all([
    db.service.findMany({ where: { id: { in: [...new Set(summary.services.map((s) => s.serviceId))] } }, select: { id: true, nameTh: true, nameEn: true } }),
    db.division.findMany({ select: { id: true, nameTh: true, nameEn: true } }),
  ]);
  const names = (rows: { id: number; nameTh: string; nameEn: string }[]) => new Map(rows.map((row) => [row.id, { th: row.nameTh, en: row.nameEn }]));
  return { services: names(services), divisions: names(divisions) };
}
