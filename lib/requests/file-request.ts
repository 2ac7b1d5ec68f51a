import { randomBytes } from "node:crypto";
import { isValidCitizenId } from "kiosk-agent/card";
import { bangkokDate } from "@/lib/calendar/dates";
import { acknowledgeByFor } from "@/lib/complaints/acknowledgement";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { db, type RawSql } from "@/lib/db/client";
import { publish } from "@/lib/events/bus";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { evaluateEligibility } from "@/lib/eligibility/evaluate";
import { flagsOf } from "@/lib/eligibility/flags";
import { mailQueued } from "@/lib/mail/kick";
import { enqueueForEvent } from "@/lib/mail/outbox";
import { personKey } from "@/lib/security/person-key";
import { validateAnswers, type Answers } from "@/lib/services/answers";
import { findActiveService, findDivision } from "@/lib/services/catalogue";
import type { Channel } from "@/lib/services/channels";
import type { Service } from "@/lib/services/service-row";
import { applicantSnapshot, storeApplicant, type ApplicantSnapshot } from "./applicant";
import { insertAuditEntry, insertEvent, insertRequest, nextCounterValues, setEligibilityFlags, type Place, type Sender } from "./filing-store";
import { inFilingTransaction } from "./filing-transaction";
import { isIdempotencyKey } from "./idempotency-key";
import { formatQueueTicket, formatReference } from "./reference";
import { routeRequest } from "./routing";

export type Transaction = Prisma.TransactionClient;

export type FileRequestInput = {
  serviceCode: string;
  channel: Channel;
  applicant: ApplicantSnapshot;
  // demo_card: the kiosk agent's built-in virtual card, never a real person (demo installations only).
  // open311: sent by another system with a key; it carries no citizen ID (applicant.citizenId is "").
  identity: { source: "card_chip" | "demo_card" | "typed" | "online_login" | "open311"; detail: string; kioskId?: number };
  answers: Record<string, unknown>;
  /** Same key, same request: a retry returns the first filing instead of a second one. */
  idempotencyKey: string | null;
  actor: { type: "kiosk" | "staff" | "public" | "system" | "api"; id?: number; label: string };
  /** Extra checks that must commit or fail with the filing (e.g. using up a nonce), in raw SQL. */
  withinTransaction?: (tx: RawSql) => Promise<void>;
  /** Rows that belong to the new request and must commit with it (its attachments). */
  afterInsert?: (tx: Transaction, requestId: number) => Promise<void>;
  place?: Place | null;
  sender?: Sender | null;
  now?: Date;
};

export type FiledRequest = {
  reference: string;
  trackingToken: string;
  queueTicket: string;
  dueDate: string;
  /** A complaint's day to be acknowledged by (null for a service request). */
  acknowledgeBy: string | null;
  service: Service;
  division: { code: string; nameTh: string; nameEn: string };
  createdAt: Date;
  /** True when this answers a retry of an earlier filing. */
  replayed: boolean;
};

export type FilingErrorCode =
  | "bad_request"
  | "service_unavailable"
  | "invalid_answers"
  | "idempotency_conflict"
  | "citizen_id_invalid"
  // details: { failures: EligibilityFailure[] } (lib/eligibility/evaluate.ts), each with its kind message and advice
  | "not_eligible";

/**
 * File a request, whole or not at all: validate the answers against the service's form,
 * route it, take the division's next queue ticket for the day and the next reference of
 * the fiscal year, compute the due date, and write the request, its first timeline event
 * and an audit entry in one transaction.
 */
export async function fileRequest(input: FileRequestInput): Promise<FiledRequest> {
  if (input.idempotencyKey !== null && !isIdempotencyKey(input.idempotencyKey)) throw new AppError<FilingErrorCode>("bad_request");
  const now = input.now ?? new Date();
  const today = bangkokDate(now);
  const service = await findActiveService(input.serviceCode);
  if (!service || !service.channels.includes(input.channel)) throw new AppError<FilingErrorCode>("service_unavailable");
  // Checked here, where every channel passes, rather than trusted to the card agent or a form.
  const withoutCitizenId = input.identity.source === "open311" && input.applicant.citizenId === "";
  if (!withoutCitizenId && !isValidCitizenId(input.applicant.citizenId)) throw new AppError<FilingErrorCode>("citizen_id_invalid");

  const form = input.channel === "kiosk" || input.channel === "open311" ? formWithoutFiles(service) : service.form;
  const checked = validateAnswers(form, input.answers, today);
  if (!checked.ok) throw new AppError<FilingErrorCode>("invalid_answers", { fields: checked.errors });
  const applicant = applicantSnapshot.parse(input.applicant);
  // A resident who clearly does not qualify is told so before anything is written; at the
  // counter the officer decides, so the filing goes ahead with the failures flagged.
  const eligibility = evaluateEligibility(service.eligibility, { applicant, identitySource: input.identity.source, answers: checked.answers, today });
  if (eligibility.outcome === "ineligible" && input.channel !== "counter") {
    throw new AppError<FilingErrorCode>("not_eligible", { failures: eligibility.failures });
  }
  const flags = flagsOf(eligibility);
  const applicantKey = withoutCitizenId ? null : personKey(applicant.citizenId);

  const holidays = await holidayCalendar();
  const dueDate = addWorkingDays(today, service.processing.workingDays, holidays);
  const acknowledgeBy = service.kind === "complaint" ? acknowledgeByFor(today, service.acknowledgeWorkingDays ?? 0, holidays) : null;
  const division = await findDivision(routeRequest(service.division.code, service.routing, checked.answers));
  if (!division) throw new Error(`service ${service.code} routes to a division that does not exist`);
  const fiscalYear = fiscalYearOf(today);
  // Attachments are stored, and mail queued, through the Prisma client (filing-transaction.ts).
  const needsPrisma = input.afterInsert !== undefined || Boolean(applicant.email?.trim());
  try {
    const filed = await inFilingTransaction(needsPrisma, async ({ sql: tx, prisma }) => {
      await input.withinTransaction?.(tx);
      const [sequence, ticketNumber] = await nextCounterValues(tx, `reference:${fiscalYear}`, `queue:${division.code}:${today}`);
      const ticket = formatQueueTicket(division.queuePrefix, ticketNumber);
      const reference = formatReference(fiscalYear, sequence);
      const trackingToken = randomBytes(16).toString("base64url");
      const requestId = await insertRequest(tx, {
        reference,
        fiscalYear,
        sequence,
        trackingToken,
        serviceId: service.id,
        divisionId: division.id,
        channel: input.channel,
        applicant: storeApplicant(applicant, reference),
        applicantKey,
        identitySource: input.identity.source,
        identityDetail: input.identity.detail,
        kioskId: input.identity.kioskId ?? null,
        answers: JSON.stringify(checked.answers satisfies Answers),
        dueDate,
        kind: service.kind,
        acknowledgeBy,
        queueDate: today,
        queueTicket: ticket,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
        place: input.place ?? null,
        sender: input.sender ?? null,
      });
      if (input.afterInsert) await input.afterInsert(prisma!, requestId);
      if (flags.length > 0) await setEligibilityFlags(tx, requestId, JSON.stringify(flags));
      const event = {
        requestId,
        type: "filed",
        public: true,
        messageTh: `ยื่นคำขอทาง${CHANNEL_TH[input.channel]}${input.identity.source === "demo_card" ? " (บัตรทดลอง — ไม่ใช่บัตรประชาชนจริง)" : ""}`,
        messageEn: `Request filed ${CHANNEL_EN[input.channel]}${input.identity.source === "demo_card" ? " (demo card — not a real ID card)" : ""}`,
        detail: JSON.stringify({ channel: input.channel, division: division.code }),
        createdAt: now,
      };
      await insertEvent(tx, event);
      // Known here, so the outbox reads nothing back (and does nothing without an address).
      const mailed =
        prisma !== null &&
        (await enqueueForEvent(prisma, requestId, event, {
          now,
          request: { reference, trackingToken, email: applicant.email, service: { nameTh: service.name.th, nameEn: service.name.en } },
        }));
      await insertAuditEntry(tx, {
        at: now,
        actorType: input.actor.type,
        actorId: input.actor.id ?? null,
        actorLabel: input.actor.label,
        action: "request.filed",
        subjectType: "request",
        subjectId: reference,
        personKey: applicantKey,
        detail: JSON.stringify({ service: service.code, channel: input.channel, division: division.code }),
      });
      return { reference, trackingToken, queueTicket: ticket, dueDate, acknowledgeBy, service, division, createdAt: now, replayed: false, mailed };
    });
    // After the commit: boards and the waiting-room display update live.
    publish({ type: "request.filed", divisionId: division.id, reference: filed.reference });
    const { mailed, ...receipt } = filed;
    if (mailed) mailQueued();
    return receipt;
  } catch (error) {
    // A retry, or the losing copy of a double tap, fails on the used nonce or on the unique
    // idempotency key (checked there rather than asked first: one query less per filing),
    // and answers with the first filing instead.
    if (input.idempotencyKey) {
      const earlier = await findEarlierFiling(input.idempotencyKey, applicantKey, service);
      if (earlier) return earlier;
      // The key is taken but its filing is not there to answer with: refuse, never a 500.
      if (isUniqueViolation(error, "idempotencyKey")) throw new AppError<FilingErrorCode>("idempotency_conflict");
    }
    throw error;
  }
}

/**
 * A unique-index violation on `column`: as Prisma reports it for raw SQL through the driver
 * adapter, or as the adapter throws it when called directly (filing-transaction.ts).
 */
function isUniqueViolation(error: unknown, column: string): boolean {
  type Cause = { kind?: string; constraint?: { fields?: string[] } };
  const shaped = error as { name?: string; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | null;
  const cause = shaped?.name === "DriverAdapterError" ? shaped.cause : shaped?.meta?.driverAdapterError?.cause;
  return cause?.kind === "UniqueConstraintViolation" && (cause.constraint?.fields ?? [column]).includes(column);
}

const CHANNEL_TH: Record<Channel, string> = { kiosk: "ตู้บริการ", counter: "เคาน์เตอร์บริการ", online: "ออนไลน์", open311: "ระบบงานอื่น (Open311)" };
const CHANNEL_EN: Record<Channel, string> = { kiosk: "at the kiosk", counter: "at the counter", online: "online", open311: "through another system (Open311)" };

/**
 * Files cannot be uploaded at the kiosk, and Open311 sends a link instead (media_url, kept
 * as a link and never fetched), so their forms leave those questions out.
 */
function formWithoutFiles(service: Service) {
  return { fields: service.form.fields.filter((field) => field.type !== "file") };
}

async function findEarlierFiling(idempotencyKey: string, applicantKey: string | null, service: Service): Promise<FiledRequest | null> {
  const earlier = await db.request.findUnique({ where: { idempotencyKey }, include: { division: true } });
  if (!earlier) return null;
  // A key reused for someone else or another service is not a retry.
  if (earlier.applicantKey !== applicantKey || earlier.serviceId !== service.id) {
    throw new AppError<FilingErrorCode>("idempotency_conflict");
  }
  return toFiled(earlier, service, earlier.division, true);
}

function toFiled(
  request: { reference: string; trackingToken: string; queueTicket: string | null; dueDate: string; acknowledgeBy: string | null; createdAt: Date },
  service: Service,
  division: { code: string; nameTh: string; nameEn: string },
  replayed: boolean,
): FiledRequest {
  return {
    reference: request.reference,
    trackingToken: request.trackingToken,
    queueTicket: request.queueTicket ?? "",
    dueDate: request.dueDate,
    acknowledgeBy: request.acknowledgeBy,
    service,
    division: { code: division.code, nameTh: division.nameTh, nameEn: division.nameEn },
    createdAt: request.createdAt,
    replayed,
  };
}
