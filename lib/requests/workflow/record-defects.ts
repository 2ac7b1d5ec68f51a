import { formatCalendarDate } from "@/lib/i18n/format-date";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { defectResponseDate } from "../paperwork/defect-record";
import { defectRequestNeedsConfirmation } from "../state-machine";
import { changeRequest, type WorkflowResult } from "./change-request";
import { workflowError } from "./errors";
import { defectList, parseField } from "./inputs";

/**
 * Record missing documents: new | in_progress -> waiting_applicant, and the legal clock
 * stops today. The Licensing Facilitation Act allows asking only once: a second request
 * needs `confirmRepeat` (the officer's explicit confirmation) and is recorded as such.
 * The defect list is public: the resident reads it on the tracking page.
 */
export async function recordDefects(options: {
  staff: StaffPrincipal;
  reference: string;
  defects: string[];
  confirmRepeat?: boolean;
  now?: Date;
}): Promise<WorkflowResult> {
  const defects = parseField(defectList, options.defects, "defects");
  return changeRequest({
    ...options,
    action: "recordDefects",
    change: (request, { today, holidays }) => {
      const repeat = defectRequestNeedsConfirmation(request.defectRequests);
      if (repeat && !options.confirmRepeat) throw workflowError("defects_already_requested", { defectRequests: request.defectRequests });
      const count = request.defectRequests + 1;
      // Fixed now, so the printed defect record and the timeline keep the same date to deliver by.
      const respondBy = defectResponseDate(today, holidays);
      const list = (separator: string) => defects.map((defect, index) => `${index + 1}) ${defect}`).join(separator);
      return {
        data: { pausedSince: today, defectRequests: count },
        guard: { defectRequests: request.defectRequests },
        event: {
          type: "defects_recorded",
          public: true,
          messageTh: `ขอเอกสารหรือข้อมูลเพิ่มเติม${repeat ? ` (ครั้งที่ ${count})` : ""}: ${list(" ")} โปรดยื่นภายในวันที่ ${formatCalendarDate(respondBy, "th")} ระหว่างรอ หยุดนับระยะเวลาดำเนินการ`,
          messageEn: `Further documents or information needed${repeat ? ` (request ${count})` : ""}: ${list("; ")}. Please deliver them by ${formatCalendarDate(respondBy, "en")}. The processing time is paused meanwhile.`,
          detail: { defects, requestNumber: count, confirmedRepeat: repeat, respondBy },
        },
        audit: { defects: defects.length, requestNumber: count, confirmedRepeat: repeat },
      };
    },
  });
}
