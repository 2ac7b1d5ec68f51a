import { closeMergedComplaints } from "@/lib/complaints/close-merged";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { endPause } from "../clock";
import { changeRequest, type Change, type WorkflowResult } from "./change-request";
import { parseField, reasonText } from "./inputs";

/**
 * Refuse or close a request with a reason: new | in_progress | waiting_applicant -> rejected.
 * The reason is public. A pause ends first, so the closed request's due date is honest.
 * Complaints merged into this one close with the same reason.
 */
export async function rejectRequest(options: { staff: StaffPrincipal; reference: string; reason: string; now?: Date }): Promise<WorkflowResult> {
  const reason = parseField(reasonText, options.reason, "reason");
  return changeRequest({
    ...options,
    action: "reject",
    change: (request, { now, today, holidays }) => {
      const clock = endPause(request, today, holidays);
      const change: Change = {
        data: { completedAt: now, dueDate: clock.dueDate, pausedDays: clock.pausedDays, pausedSince: null },
        event: { type: "rejected", public: true, messageTh: `ไม่อนุมัติ / ยุติเรื่อง เหตุผล: ${reason}`, messageEn: `Not approved / closed. Reason: ${reason}`, detail: { reason } },
        settleTicket: "rejected",
        audit: {},
      };
      return request.kind === "complaint" ? { ...change, alongside: closeMergedComplaints(request, options.staff.id, "rejected", change.event) } : change;
    },
  });
}
