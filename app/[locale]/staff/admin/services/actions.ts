"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { createService } from "@/lib/admin/create-service";
import type { FieldErrors } from "@/lib/admin/field-errors";
import { definitionInput, draftErrors, type ServiceDraft } from "@/lib/admin/service-draft";
import { draftFromFormData } from "@/lib/admin/service-draft-form";
import { applyIntent, parseIntent, type Intent } from "@/lib/admin/service-draft-intents";
import { loadServiceForEdit } from "@/lib/admin/services-query";
import { updateService } from "@/lib/admin/update-service";
import { isAppError } from "@/lib/errors/app-error";
import { redirect } from "@/lib/i18n/navigation";
import { adminActionSession, formLocale } from "../_lib/guard";
import type { EditorState } from "./_lib/editor-state";

/**
 * The service editor's one action. Row buttons (add, remove, move) post the whole form
 * with an `intent` and get the changed draft back, unsaved; "save" validates with
 * `serviceDefinition` and saves. Every call checks the admin first, whatever the intent.
 */
export async function editService(previous: EditorState, form: FormData): Promise<EditorState> {
  const draft = draftFromFormData(form);
  const base: EditorState = { ...previous, draft, errors: {}, status: "editing", problem: undefined, version: previous.version + 1, focus: undefined };
  const staff = await adminActionSession();
  try {
    requireAdmin(staff);
  } catch {
    return { ...base, status: "error", problem: "forbidden", focus: "editor-status" };
  }
  // "Add a question" goes with the type picked beside it.
  const posted = String(form.get("intent") ?? "save");
  const intent = parseIntent(posted === "field.add" ? `field.add:${String(form.get("newFieldType") ?? "text")}` : posted) ?? { kind: "save" };
  if (intent.kind !== "save") return { ...base, draft: applyIntent(draft, intent), focus: focusAfter(draft, intent) };

  try {
    if (previous.mode === "create") {
      const created = await createService(staff, { definition: definitionInput(draft) });
      revalidatePath("/[locale]/staff/admin/services", "page");
      redirect({ href: `/staff/admin/services/${created.id}?created=1`, locale: formLocale(form) });
    }
    await updateService(staff, { serviceId: previous.serviceId!, definition: definitionInput(draft), expectedUpdatedAt: previous.updatedAt });
    const saved = await loadServiceForEdit(staff, previous.serviceId!);
    revalidatePath("/[locale]/staff/admin/services", "page");
    return { ...base, draft: saved.draft, updatedAt: saved.updatedAt, status: "saved", focus: "editor-status" };
  } catch (error) {
    if (!isAppError(error)) throw error; // includes Next's redirect signal
    if (error.code === "invalid") {
      return { ...base, status: "error", problem: "invalid", errors: draftErrors(error.details.fieldErrors as FieldErrors), focus: "error-summary" };
    }
    return { ...base, status: "error", problem: error.code, focus: "editor-status" };
  }
}

/** Where the keyboard goes next: into the new row, or after the moved one. */
function focusAfter(before: ServiceDraft, intent: Exclude<Intent, { kind: "save" }>): string | undefined {
  switch (intent.kind) {
    case "document.add":
      return `f-documents-${before.documents.length}-th`;
    case "step.add":
      return `f-steps-${before.steps.length}-th`;
    case "field.add":
      return `f-fields-${before.fields.length}-label-th`;
    case "choice.add":
      return `f-fields-${intent.index}-choices-${before.fields[intent.index]?.choices.length ?? 0}-value`;
    case "rule.add":
      return `f-routing-${before.routing.length}-when`;
    case "field.up":
    case "field.down": {
      const to = intent.index + (intent.kind === "field.up" ? -1 : 1);
      return to >= 0 && to < before.fields.length ? `field-${to}` : `field-${intent.index}`;
    }
    case "step.up":
    case "step.down":
      return "steps-heading";
    case "document.remove":
      return "documents-heading";
    case "step.remove":
      return "steps-heading";
    case "field.remove":
      return "fields-heading";
    case "choice.remove":
      return `field-${intent.index}`;
    case "rule.remove":
      return "routing-heading";
  }
}
