import { bangkokDate } from "@/lib/calendar/dates";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/i18n/localized";
import { readEligibilityFlags, type EligibilityFlag } from "@/lib/eligibility/flags";
import { acknowledgementOverdue } from "@/lib/complaints/acknowledgement";
import { COMPLAINT_UNIT, mayReadComplainant, nameWithheld } from "@/lib/complaints/complainant-identity";
import { fullName, maskCitizenId, maskName } from "@/lib/privacy/mask";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { readApplicant } from "../applicant";
import { clockState, pauseSummary, type ClockState, type PauseSummary } from "../clock";
import { allowedActions, defectRequestNeedsConfirmation, type WorkflowAction } from "../state-machine";
import type { RequestStatus } from "../status";
import { displayAnswers, type AnswerLine, type Attachment } from "./answer-display";
import { REFERENCE_PATTERN } from "./load-request";

export type TimelineEntry = {
  id: number;
  type: string;
  public: boolean;
  at: Date;
  message: LocalizedText;
  actor: string | null;
  detail: Record<string, unknown>;
};

export type RequestDetail = {
  reference: string;
  status: RequestStatus;
  channel: string;
  filedAt: Date;
  queueTicket: string | null;
  service: { code: string; name: LocalizedText; workingDays: number };
  division: { code: string; name: LocalizedText };
  applicant: { name: LocalizedText; maskedCitizenId: string; phone: string; address: string; birthDate: string | null } | null;
  /** May this person reveal the full citizen ID (each reveal is audited)? */
  canViewCitizenId: boolean;
  identity: { source: string; kioskName: string | null; detail: string };
  /** Where: a place given as text (Open311) and the coordinates shared with consent. */
  place: { text: string | null; latitude: number | null; longitude: number | null } | null;
  /** What another system sent with it through Open311: its key's name, its words, its photo link. */
  sender: { keyName: string; description: string | null; mediaUrl: string | null } | null;
  /** A request typed online whose card this person may check at the counter (lib/online/verify-at-counter.ts). */
  canVerifyIdentity: boolean;
  /** When the service wants the card shown in person (the manual says so too). */
  identityCheck: string;
  /** What the eligibility rules could not decide, or a counter filing made despite them: the officer checks. */
  eligibilityFlags: EligibilityFlag[];
  answers: AnswerLine[];
  attachments: Attachment[];
  clock: ClockState & { today: string; pausedDays: number; defectRequests: number; overdueNotices: number; pause: PauseSummary };
  timeline: TimelineEntry[];
  /** Actions this person may take now (none without request.act). */
  actions: WorkflowAction[];
  /** A defect request now would be the second or later: the form must ask for confirmation. */
  defectsNeedConfirmation: boolean;
  transferTargets: { code: string; name: LocalizedText }[];
  /** For complaints: the acknowledgement limit, whether the name is withheld from this person, and duplicates merged. */
  complaint: {
    acknowledgeBy: string | null;
    acknowledgeOverdue: boolean;
    /** The complainant asked to keep their name from the division, and this person is not in the complaint-handling unit. */
    nameHidden: boolean;
    mergedInto: string | null;
    merged: string[];
  } | null;
};

/**
 * A request as its division's staff see it on the detail page, or null when it does not
 * exist or this person may not see it (the page answers both the same way). Opening it is
 * recorded in the audit log (PDPA: who viewed whose data); the full citizen ID is not in it
 * (see reveal-citizen-id.ts).
 */
export async function getRequestDetail(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<RequestDetail | null> {
  const now = options.now ?? new Date();
  if (!REFERENCE_PATTERN.test(options.reference)) return null;
  const request = await db.request.findUnique({
    where: { reference: options.reference },
    include: {
      service: { select: { code: true, nameTh: true, nameEn: true, processingDays: true, form: true, identityCheck: true } },
      division: { select: { code: true, nameTh: true, nameEn: true } },
      kiosk: { select: { name: true } },
      apiKey: { select: { name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { displayName: true } } } },
    },
  });
  if (!request || !can(options.staff, "request.view", request.divisionId)) return null;

  const today = bangkokDate(now);
  const status = request.status as RequestStatus;
  const applicant = readApplicant(request.applicant, request.reference);
  const { answers, attachments } = displayAnswers(request.service.form, request.answers);
  const divisions = await db.division.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, nameTh: true, nameEn: true } });
  const mayAct = can(options.staff, "request.act", request.divisionId);
  const holidays = await holidayCalendar();
  const clock = clockState({ status, dueDate: request.dueDate, pausedSince: request.pausedSince }, today, holidays);
  const readable = mayReadComplainant({
    mayView: true,
    withheld: nameWithheld(request),
    staffDivisionIds: options.staff.divisionIds,
    complaintUnitId: divisions.find((d) => d.code === COMPLAINT_UNIT)?.id,
  });
  const complaint = request.kind === "complaint" ? await complaintFacts(request, today, !readable) : null;

  await db.auditLog.create({
    data: {
      at: now,
      actorType: "staff",
      actorId: options.staff.id,
      action: "request.viewed",
      subjectType: "request",
      subjectId: request.reference,
      personKey: request.applicantKey,
    },
  });

  return {
    reference: request.reference,
    status,
    channel: request.channel,
    filedAt: request.createdAt,
    queueTicket: request.queueTicket,
    service: { code: request.service.code, name: { th: request.service.nameTh, en: request.service.nameEn }, workingDays: request.service.processingDays },
    division: { code: request.division.code, name: { th: request.division.nameTh, en: request.division.nameEn } },
    applicant: !applicant.success
      ? null
      : !readable
        ? // Withheld from the division: a masked name and nothing that identifies or reaches the complainant.
          { name: { th: maskName(applicant.data.nameTh), en: maskName(applicant.data.nameEn) }, maskedCitizenId: "", phone: "", address: "", birthDate: null }
        : {
          name: { th: fullName(applicant.data.nameTh), en: fullName(applicant.data.nameEn) || fullName(applicant.data.nameTh) },
          // Open311 sends no citizen ID.
          maskedCitizenId: applicant.data.citizenId ? maskCitizenId(applicant.data.citizenId) : "",
          phone: applicant.data.phone,
          address: applicant.data.address.text,
          birthDate: applicant.data.birthDate,
        },
    canViewCitizenId: readable && can(options.staff, "request.viewCitizenId", request.divisionId),
    identity: { source: request.identitySource, kioskName: request.kiosk?.name ?? null, detail: request.identityDetail },
    place:
      request.locationText || request.latitude !== null ? { text: request.locationText, latitude: request.latitude, longitude: request.longitude } : null,
    sender: request.apiKey ? { keyName: request.apiKey.name, description: request.description, mediaUrl: request.mediaUrl } : null,
    canVerifyIdentity: readable && request.identitySource === "typed" && can(options.staff, "request.act", request.divisionId),
    identityCheck: request.service.identityCheck,
    eligibilityFlags: readEligibilityFlags(request.eligibilityFlags),
    answers,
    attachments,
    clock: {
      ...clock,
      today,
      pausedDays: request.pausedDays,
      defectRequests: request.defectRequests,
      overdueNotices: request.overdueNotices,
      pause: pauseSummary({ ...request, paused: clock.paused }, today, holidays),
    },
    timeline: request.events.map((event) => ({
      id: event.id,
      type: event.type,
      public: event.public,
      at: event.createdAt,
      message: { th: event.messageTh, en: event.messageEn },
      actor: event.actor?.displayName ?? null,
      detail: asRecord(parseJson(event.detail)),
    })),
    actions: mayAct ? offeredActions(status, { merged: request.mergedIntoId !== null, mayMerge: request.kind === "complaint" && can(options.staff, "complaint.merge", request.divisionId) }) : [],
    defectsNeedConfirmation: defectRequestNeedsConfirmation(request.defectRequests),
    transferTargets: divisions.filter((d) => d.id !== request.divisionId).map((d) => ({ code: d.code, name: { th: d.nameTh, en: d.nameEn } })),
    complaint,
  };
}

/** What the page offers: a merged complaint takes notes only; merging is a HEAD's, for complaints. */
function offeredActions(status: RequestStatus, complaint: { merged: boolean; mayMerge: boolean }): WorkflowAction[] {
  if (complaint.merged) return allowedActions(status).filter((action) => action === "note");
  return allowedActions(status).filter((action) => action !== "merge" || complaint.mayMerge);
}

async function complaintFacts(
  request: { id: number; status: string; acknowledgeBy: string | null; mergedIntoId: number | null },
  today: string,
  nameHidden: boolean,
): Promise<NonNullable<RequestDetail["complaint"]>> {
  const [target, merged] = await Promise.all([
    request.mergedIntoId === null ? null : db.request.findUnique({ where: { id: request.mergedIntoId }, select: { reference: true } }),
    db.request.findMany({ where: { mergedIntoId: request.id }, orderBy: { id: "asc" }, select: { reference: true } }),
  ]);
  return {
    acknowledgeBy: request.acknowledgeBy,
    acknowledgeOverdue: acknowledgementOverdue(request, today),
    nameHidden,
    mergedInto: target?.reference ?? null,
    merged: merged.map((m) => m.reference),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
