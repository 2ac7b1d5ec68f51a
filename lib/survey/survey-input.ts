import { z } from "zod";
import { MAX_COMMENT_LENGTH, SURVEY_DIMENSIONS, type SurveyAnswers, type SurveyDimension } from "./questions";

/** Problems beside the question they concern, as codes the form words in Thai or English. */
export type SurveyErrorCode = "required" | "invalid" | "tooLong";
export type SurveyFieldErrors = Partial<Record<SurveyDimension | "comment", SurveyErrorCode>>;

// A rating is exactly one of the digits 1-5 (a form sends text, a caller may send a number):
// "5; drop table", "2.5", "0" and "6" are all refused rather than coerced.
const rating = z.union([z.string(), z.number()], { message: "required" }).transform((value, context) => {
  const text = String(value).trim();
  if (text === "") {
    context.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  if (!/^[1-5]$/.test(text)) {
    context.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  }
  return Number(text) as 1 | 2 | 3 | 4 | 5;
});

// Kept exactly as typed (HTML included) and always shown as text, never as markup.
const comment = z
  .string({ message: "invalid" })
  .optional()
  .transform((value) => (value ?? "").trim())
  .refine((value) => [...value].length <= MAX_COMMENT_LENGTH, "tooLong");

const schema = z.object({
  ...(Object.fromEntries(SURVEY_DIMENSIONS.map((dimension) => [dimension, rating])) as Record<SurveyDimension, typeof rating>),
  comment,
});

export type SurveyInput = Partial<Record<SurveyDimension | "comment", unknown>>;

/** The answers, or every problem at once (the first per field). */
export function parseSurveyInput(input: SurveyInput): { success: true; data: SurveyAnswers } | { success: false; errors: SurveyFieldErrors } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const errors: SurveyFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SurveyDimension | "comment";
    const code = (["required", "invalid", "tooLong"] as const).find((known) => known === issue.message) ?? "invalid";
    errors[field] ??= code;
  }
  return { success: false, errors };
}
