import { closeMergedComplaints } from "@/lib/complaints/close-merged";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { changeRequest, type Change, type WorkflowResult } from "./change-request";
import { parseField, resultText } from "./inputs";

/**
 * Finish a request with its result: in_progress -> done. The result is public. Complaints
 * merged into this one are finished with the same result.
 */
export async function completeRequest(options: { staff: StaffPrincipal; reference: string; result: string; now?: Date }): Promise<WorkflowResult> {
  const result = parseField(resultText, options.result, "result");
  return changeRequest({
    ...options,
    action: "complete",
    change: (request, { now }) => {
      const change: Change = {
        data: { completedAt: now },
        event: { type: "completed", public: true, messageTh: `ดำเนินการแล้วเสร็จ: ${result}`, messageEn: `Completed: ${result}`, detail: { result } },
        settleTicket: "completed",
        audit: {},
      };
      return request.kind === "complaint" ? { ...change, alongside: closeMergedComplaints(request, options.staff.id, "done", change.event) } : change;
    },
  });
}
