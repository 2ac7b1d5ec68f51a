// Types only: the online form runs this in the browser, where zod would cost its weight.
import type { FormDefinition, FormField } from "./form-definition";

/**
 * Conditional questions (showWhen), decided in one place for every channel: the kiosk, the
 * counter and online forms, check-your-answers, the server's validation and the staff page
 * all ask this. `answers` are the answers so far, as the form holds them or as validated.
 */
export function isFieldShown(field: FormField, answers: Readonly<Record<string, unknown>>): boolean {
  const condition = field.showWhen;
  if (!condition) return true;
  const answer = Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  const given: unknown[] = Array.isArray(answer) ? answer : [answer];
  return given.some((value) => condition.in.some((wanted) => (typeof wanted === "boolean" ? asYesNo(value) === wanted : value === wanted)));
}

// A yes/no answer as a form holds it ("yes", "true") or as validated (true).
function asYesNo(value: unknown): unknown {
  if (value === "yes" || value === "true") return true;
  if (value === "no" || value === "false") return false;
  return value;
}

/**
 * The fields asked, in order, given the answers. A field whose condition's own field is
 * hidden is hidden too: its answer is treated as never given.
 */
export function shownFields(form: FormDefinition, answers: Readonly<Record<string, unknown>>): FormField[] {
  const shown: FormField[] = [];
  const visible: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const field of [...form.fields].sort((a, b) => a.order - b.order)) {
    if (!isFieldShown(field, visible)) continue;
    shown.push(field);
    if (Object.hasOwn(answers, field.key)) visible[field.key] = answers[field.key];
  }
  return shown;
}
