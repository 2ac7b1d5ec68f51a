import type { StaffPrincipal } from "@/lib/staff/policy";
import { changeRequest, type WorkflowResult } from "./change-request";
import { messageText, parseField } from "./inputs";

/**
 * A message to the resident, in any open status: public, shown on the tracking page as the
 * officer wrote it (the page labels it "message from the office" in the reader's language).
 */
export async function messageApplicant(options: { staff: StaffPrincipal; reference: string; text: string; now?: Date }): Promise<WorkflowResult> {
  const text = parseField(messageText, options.text, "text");
  return changeRequest({
    ...options,
    action: "message",
    change: () => ({
      event: { type: "message", public: true, messageTh: text, messageEn: text, detail: {} },
      audit: {},
    }),
  });
}
