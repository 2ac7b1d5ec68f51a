import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { getRequestDetail, type RequestDetail } from "../workflow/get-request-detail";
import { latestDefectRecord, type DefectRecord } from "./defect-record";
import { DEFAULT_RESULT_TEMPLATE } from "./result-letter";

export type PaperworkDocument = "defect_record" | "result_letter";

type Common = { detail: RequestDetail; printedAt: Date };
export type DefectRecordPaper = Common & { document: "defect_record"; record: DefectRecord };
export type ResultLetterPaper = Common & {
  document: "result_letter";
  /** The service's template per language, or the default letter where it has none. */
  template: LocalizedText;
  fallback: LocalizedText;
  result: string;
  completedOn: string;
  officer: string | null;
};

/**
 * A printable document of one request, through the same access check and audit as the
 * detail page (getRequestDetail: another division's or an unknown reference is null), plus
 * an audit entry for the printing itself (PDPA: a paper copy of personal data left the
 * system). Null too when the document does not exist yet: no defect record before documents
 * were requested, no result letter before the request is completed.
 */
export async function getDefectRecordPaper(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<DefectRecordPaper | null> {
  const now = options.now ?? new Date();
  const detail = await getRequestDetail({ ...options, now });
  if (!detail) return null;
  const record = latestDefectRecord(detail.timeline, await holidayCalendar());
  if (!record) return null;
  await auditPrinted(options.staff, detail, "defect_record", now);
  return { document: "defect_record", detail, printedAt: now, record };
}

export async function getResultLetterPaper(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<ResultLetterPaper | null> {
  const now = options.now ?? new Date();
  const detail = await getRequestDetail({ ...options, now });
  if (!detail || detail.status !== "done") return null;
  const completed = [...detail.timeline].reverse().find((entry) => entry.type === "completed");
  if (!completed) return null;
  const service = await db.service.findUnique({ where: { code: detail.service.code }, select: { resultTemplateTh: true, resultTemplateEn: true } });
  await auditPrinted(options.staff, detail, "result_letter", now);
  return {
    document: "result_letter",
    detail,
    printedAt: now,
    template: { th: service?.resultTemplateTh ?? "", en: service?.resultTemplateEn ?? "" },
    fallback: DEFAULT_RESULT_TEMPLATE,
    result: typeof completed.detail.result === "string" ? completed.detail.result : "",
    completedOn: bangkokDate(completed.at),
    officer: completed.actor,
  };
}

async function auditPrinted(staff: StaffPrincipal, detail: RequestDetail, document: PaperworkDocument, now: Date): Promise<void> {
  const request = await db.request.findUniqueOrThrow({ where: { reference: detail.reference }, select: { applicantKey: true } });
  await db.auditLog.create({
    data: {
      at: now,
      actorType: "staff",
      actorId: staff.id,
      action: "request.printed",
      subjectType: "request",
      subjectId: detail.reference,
      personKey: request.applicantKey,
      detail: JSON.stringify({ document }),
    },
  });
}
