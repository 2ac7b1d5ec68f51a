"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mergeComplaint } from "@/lib/complaints/merge-complaint";
import { isAppError } from "@/lib/errors/app-error";
import { LOCALES } from "@/lib/i18n/localized";
import { retryMail } from "@/lib/mail/request-mail";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { addNote } from "@/lib/requests/workflow/add-note";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { defectLines } from "@/lib/requests/workflow/inputs";
import { messageApplicant } from "@/lib/requests/workflow/message-applicant";
import { recordDefects } from "@/lib/requests/workflow/record-defects";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { resumeRequest } from "@/lib/requests/workflow/resume-request";
import { revealCitizenId } from "@/lib/requests/workflow/reveal-citizen-id";
import { transferRequest } from "@/lib/requests/workflow/transfer-request";
import { requireStaff } from "@/lib/staff/session";
import type { FormState, RevealResult } from "./form-state";

// The shape of each form; the texts themselves are checked by the workflow operations
// (lib/requests/workflow/inputs.ts), which answer with field codes. Who may act, and on
// what, is decided there too, from the request's own division in the database.
const base = { reference: z.string().max(40), locale: z.enum(LOCALES) };
const text = z.string().max(20_000).default("");
const workflowForm = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), ...base }),
  z.object({ action: z.literal("recordDefects"), ...base, defects: text, confirmRepeat: z.literal("on").optional() }),
  z.object({ action: z.literal("resume"), ...base }),
  z.object({ action: z.literal("transfer"), ...base, division: z.string().max(40).default(""), reason: text }),
  z.object({ action: z.literal("note"), ...base, text }),
  z.object({ action: z.literal("message"), ...base, text }),
  z.object({ action: z.literal("complete"), ...base, result: text }),
  z.object({ action: z.literal("reject"), ...base, reason: text }),
  z.object({ action: z.literal("merge"), ...base, into: z.string().max(40).default("") }),
]);

/** Every workflow form posts here (useActionState); the hidden "action" field says which. */
export async function workflowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = workflowForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", code: "unexpected", at: Date.now() };
  const form = parsed.data;
  const staff = await requireStaff(form.locale);
  const common = { staff, reference: form.reference };
  try {
    switch (form.action) {
      case "accept":
        await acceptRequest(common);
        break;
      case "recordDefects":
        await recordDefects({ ...common, defects: defectLines(form.defects), confirmRepeat: form.confirmRepeat === "on" });
        break;
      case "resume":
        await resumeRequest(common);
        break;
      case "transfer":
        if (!form.division) {
          return { status: "error", action: form.action, code: "invalid_input", fields: { division: "required" }, values: typedValues(formData), at: Date.now() };
        }
        await transferRequest({ ...common, toDivisionCode: form.division, reason: form.reason });
        break;
      case "note":
        await addNote({ ...common, text: form.text });
        break;
      case "message":
        await messageApplicant({ ...common, text: form.text });
        break;
      case "complete":
        await completeRequest({ ...common, result: form.result });
        break;
      case "reject":
        await rejectRequest({ ...common, reason: form.reason });
        break;
      case "merge":
        await mergeComplaint({ ...common, intoReference: form.into });
        break;
    }
  } catch (error) {
    if (!isAppError(error)) {
      console.error("workflow action failed:", error instanceof Error ? error.message : "unknown error");
      return { status: "error", action: form.action, code: "unexpected", at: Date.now() };
    }
    if (error.code !== "invalid_input") revalidatePath("/[locale]/staff/requests/[reference]", "page");
    const fields = (error.details.fields ?? undefined) as Record<string, string> | undefined;
    return { status: "error", action: form.action, code: error.code, fields, values: typedValues(formData), at: Date.now() };
  }
  revalidatePath("/[locale]/staff/requests/[reference]", "page");
  return { status: "ok", action: form.action, at: Date.now() };
}

/** The texts the officer typed, to put back in the form beside its errors. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ["defects", "confirmRepeat", "division", "reason", "text", "result", "into"]) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value.slice(0, 20_000);
  }
  return values;
}

/** The full citizen ID, for staff allowed to see it; each call is audited (lib/requests/workflow/reveal-citizen-id.ts). */
export async function revealCitizenIdAction(reference: string, locale: string): Promise<RevealResult> {
  const input = z.object({ reference: base.reference, locale: base.locale }).safeParse({ reference, locale });
  if (!input.success) return { ok: false, code: "not_found" };
  const staff = await requireStaff(input.data.locale);
  try {
    return { ok: true, citizenId: await revealCitizenId({ staff, reference: input.data.reference }) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code };
    console.error("citizen ID reveal failed:", error instanceof Error ? error.message : "unknown error");
    return { ok: false, code: "unexpected" };
  }
}

/**
 * "Retry now" on a failed mail (the Email section). Who may, and which message, is decided
 * by lib/mail/request-mail.ts from the request in the database; a refusal changes nothing.
 */
export async function retryMailAction(formData: FormData): Promise<void> {
  const input = z.object({ ...base, messageId: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(formData));
  if (!input.success) return;
  const staff = await requireStaff(input.data.locale);
  try {
    await retryMail({ staff, reference: input.data.reference, messageId: input.data.messageId });
  } catch (error) {
    if (!isAppError(error)) console.error("mail retry failed:", error instanceof Error ? error.message : "unknown error");
  }
  revalidatePath("/[locale]/staff/requests/[reference]", "page");
}
