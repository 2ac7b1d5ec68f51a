import type { StaffPrincipal } from "@/lib/staff/policy";
import { changeRequest, type WorkflowResult } from "./change-request";
import { noteText, parseField } from "./inputs";

/** An internal note on the timeline, in any status. Never shown to the resident. */
export async function addNote(options: { staff: StaffPrincipal; reference: string; text: string; now?: Date }): Promise<WorkflowResult> {
  const text = parseField(noteText, options.text, "text");
  return changeRequest({
    ...options,
    action: "note",
    change: () => ({
      event: { type: "note", public: false, messageTh: text, messageEn: text, detail: {} },
      audit: {},
    }),
  });
}
