import { z } from "zod";
import { workflowError } from "./errors";

/**
 * The officers' free texts, checked the same way by the server actions and by the workflow
 * operations. Field errors are codes ("required", "tooLong", "tooMany") the form words.
 */
export const LIMITS = { text: 2000, reason: 1000, defect: 300, defects: 20 } as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .max(max, "tooLong");

export const noteText = text(LIMITS.text);
export const messageText = text(LIMITS.text);
export const resultText = text(LIMITS.text);
export const reasonText = text(LIMITS.reason);

/** A defect list: one missing document or piece of information per entry. */
export const defectList = z
  .array(text(LIMITS.defect))
  .min(1, "required")
  .max(LIMITS.defects, "tooMany");

/** Lines of a text area as a defect list (blank lines dropped). */
export function defectLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
    .filter(Boolean);
}

export type FieldErrors = Record<string, string>;

/** The zod issues as { field: code }, the first issue per field. */
export function fieldErrors(error: z.ZodError, field?: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = field ?? String(issue.path[0] ?? "form");
    errors[key] ??= issue.message === "required" || issue.message === "tooLong" || issue.message === "tooMany" ? issue.message : "invalid";
  }
  return errors;
}

/** Parse one field or throw invalid_input with its code. */
export function parseField<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw workflowError("invalid_input", { fields: fieldErrors(parsed.error, field) });
  return parsed.data;
}
