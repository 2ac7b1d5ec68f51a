import type { StaffPrincipal } from "@/lib/staff/policy";
import { endPause } from "../clock";
import { changeRequest, type WorkflowResult } from "./change-request";

/**
 * The applicant has brought what was missing: waiting_applicant -> in_progress. The clock
 * runs again and the due date moves later by the working days spent waiting.
 */
export async function resumeRequest(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<WorkflowResult> {
  return changeRequest({
    ...options,
    action: "resume",
    change: (request, { today, holidays }) => {
      const clock = endPause(request, today, holidays);
      return {
        data: { dueDate: clock.dueDate, pausedDays: clock.pausedDays, pausedSince: null },
        guard: { pausedSince: request.pausedSince },
        event: {
          type: "resumed",
          public: true,
          messageTh: "ได้รับเอกสารหรือข้อมูลเพิ่มเติมแล้ว ดำเนินการต่อ",
          messageEn: "The missing documents or information were received; processing continues",
          detail: { waitedWorkingDays: clock.waited, dueDate: clock.dueDate, previousDueDate: request.dueDate },
        },
        audit: { waitedWorkingDays: clock.waited },
      };
    },
  });
}
