import { isAppError } from "@/lib/errors/app-error";
import type { FieldErrors } from "@/lib/admin/field-errors";

/**
 * What a simple admin form's server action answers: "saved", or the problem as codes
 * (field errors beside their inputs, or one general code) plus what was typed, so the
 * form shows it again.
 */
export type FormState = {
  status: "idle" | "saved" | "error";
  /** A general problem: forbidden, not_found, changed_meanwhile, unexpected. */
  code?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** Which record the answer is about (several forms on one page). */
  subject?: string;
  /** Increases with every answer, so a form can show "saved" again after a second save. */
  at?: number;
};

export const idle: FormState = { status: "idle" };

/**
 * An operation's failure as a form answer. Anything unexpected is logged (administration
 * handles no citizen's personal data: the audit search has only the hash of an ID).
 */
export function failure(error: unknown, values?: Record<string, string>, subject?: string): FormState {
  if (isAppError(error)) {
    const fieldErrors = error.details.fieldErrors as FieldErrors | undefined;
    return { status: "error", code: fieldErrors ? "invalid" : error.code, errors: fieldErrors, values, subject, at: Date.now() };
  }
  console.error("admin action failed:", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return { status: "error", code: "unexpected", values, subject, at: Date.now() };
}

export function formValues<Name extends string>(form: FormData, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<Name, string>;
}
