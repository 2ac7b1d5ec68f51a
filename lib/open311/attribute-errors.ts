import type { AnswerError, AnswerErrorCode } from "@/lib/services/answers";

/** The form's answer errors (lib/services/answers.ts) worded for a developer, naming each attribute. */
const WORDING: Record<AnswerErrorCode, (limit?: number | string) => string> = {
  required: () => "is required",
  unknownField: () => "is not an attribute of this service (see services/<service_code>.json)",
  tooLong: (limit) => `is longer than ${limit} characters`,
  invalidPhone: () => "is not a Thai phone number",
  notANumber: () => "is not a number",
  notAnInteger: () => "is not a whole number",
  tooSmall: (limit) => `is less than ${limit}`,
  tooLarge: (limit) => `is more than ${limit}`,
  invalidDate: () => "is not a date (YYYY-MM-DD or a w3c datetime)",
  dateBeforeToday: () => "is before today",
  dateAfterToday: () => "is after today",
  invalidChoice: () => "is not one of the attribute's values",
  tooManyChoices: (limit) => `has more than ${limit} values`,
  invalidFile: () => "cannot be sent through Open311: give a link in media_url",
};

export function describeAttributeErrors(fields: Record<string, AnswerError> | undefined): string {
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return "The attributes are not valid";
  return entries.map(([code, error]) => `attribute[${code}] ${(WORDING[error.code] ?? (() => "is not valid"))(error.limit)}`).join("; ");
}
