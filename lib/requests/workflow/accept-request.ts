import type { StaffPrincipal } from "@/lib/staff/policy";
import { changeRequest, type WorkflowResult } from "./change-request";

/** Take up a new request: new -> in_progress. */
export async function acceptRequest(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<WorkflowResult> {
  return changeRequest({
    ...options,
    action: "accept",
    change: (_request, { now }) => ({
      data: { acceptedAt: now },
      event: {
        type: "accepted",
        public: true,
        messageTh: "เจ้าหน้าที่รับเรื่องแล้ว อยู่ระหว่างดำเนินการ",
        messageEn: "An officer has taken up the request",
        detail: {},
      },
      audit: {},
    }),
  });
}
