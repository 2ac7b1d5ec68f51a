import type { StaffPrincipal } from "@/lib/staff/policy";
import { changeRequest, type WorkflowResult } from "./change-request";
import { parseField, resultText } from "./inputs";

/** Finish a request with its result: in_progress -> done. The result is public. */
export async function completeRequest(options: { staff: StaffPrincipal; reference: string; result: string; now?: Date }): Promise<WorkflowResult> {
  const result = parseField(resultText, options.result, "result");
  return changeRequest({
    ...options,
    action: "complete",
    change: (_request, { now }) => ({
      data: { completedAt: now },
      event: {
        type: "completed",
        public: true,
        messageTh: `ดำเนินการแล้วเสร็จ: ${result}`,
        messageEn: `Completed: ${result}`,
        detail: { result },
      },
      settleTicket: "completed",
      audit: {},
    }),
  });
}
