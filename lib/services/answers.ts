import { isFieldShown } from "./conditions";
import { orderedFields } from "./field-order";
import type { FormDefinition, FormField } from "./form-definition";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/dates";

/**
 * Validation of a submission against its service's form definition. This is the one
 * place that decides whether answers are acceptable, for every channel.
 *
 * Errors are codes, not sentences, so each screen shows them in the reader's language.
 */
export type AnswerErrorCode =
  | "required"
  | "tooLong"
  | "notANumber"
  | "notAnInteger"
  | "tooSmall"
  | "tooLarge"
  | "invalidDate"
  | "dateBeforeToday"
  | "dateAfterToday"
  | "invalidChoice"
  | "tooManyChoices"
  | "invalidPhone"
  | "invalidFile"
  | "unknownField";

export type AnswerError = { code: AnswerErrorCode; limit?: number | string };

export type AnswerValue = string | number | boolean | string[] | UploadedFileRef[];
export type Answers = Record<string, AnswerValue>;
export type UploadedFileRef = { id: string; name: string; type: string; size: number };

export type AnswersResult =
  | { ok: true; answers: Answers }
  | { ok: false; errors: Record<string, AnswerError> };

type Check = { value: AnswerValue } | { error: AnswerError } | { empty: true };

/** `today` is passed in (an Asia/Bangkok calendar date) so validation stays pure. */
export function validateAnswers(
  form: FormDefinition,
  input: Record<string, unknown>,
  today: CalendarDate,
): AnswersResult {
  // Without a prototype, a key such as "__proto__" is an ordinary key here: reported as
  // unknown instead of silently changing the object's prototype (and vanishing).
  const answers: Answers = Object.create(null) as Answers;
  const errors: Record<string, AnswerError> = Object.create(null) as Record<string, AnswerError>;
  const known = new Set(form.fields.map((f) => f.key));

  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors[key] = { code: "unknownField" };
  }
  // In the order asked, so each condition sees the validated answers before it. A hidden
  // field's answer, if one was sent anyway, is dropped: never required, never stored.
  for (const field of orderedFields(form)) {
    if (!isFieldShown(field, answers)) continue;
    const result = checkField(field, Object.hasOwn(input, field.key) ? input[field.key] : undefined, today);
    if ("error" in result) errors[field.key] = result.error;
    else if ("value" in result) answers[field.key] = result.value;
    else if (field.required) errors[field.key] = { code: "required" };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function checkField(field: FormField, raw: unknown, today: CalendarDate): Check {
  if (raw === undefined || raw === null) return { empty: true };
  switch (field.type) {
    case "text":
    case "longtext":
      return checkText(field, raw);
    case "number":
      return checkNumber(field, raw);
    case "date":
      return checkDate(field, raw, today);
    case "single":
      return checkSingle(field, raw);
    case "multi":
      return checkMulti(field, raw);
    case "yesno":
      return checkYesNo(raw);
    case "file":
      return checkFiles(field, raw);
  }
}

function checkText(field: Extract<FormField, { type: "text" | "longtext" }>, raw: unknown): Check {
  if (typeof raw !== "string") return { error: { code: "required" } };
  // Normalise line endings and trim, so the limit counts what the officer will read.
  const value = raw.replace(/\r\n?/g, "\n").trim();
  if (value === "") return { empty: true };
  if ([...value].length > field.maxLength) return { error: { code: "tooLong", limit: field.maxLength } };
  if (field.type === "text" && field.format === "phone") {
    const phone = normalisePhone(value);
    return phone ? { value: phone } : { error: { code: "invalidPhone" } };
  }
  return { value };
}

/** Thai phone numbers: 0 followed by 8 or 9 digits (landline or mobile), or +66. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, "");
  const local = digits.startsWith("+66") ? `0${digits.slice(3)}` : digits;
  return /^0\d{8,9}$/.test(local) ? local : null;
}

function checkNumber(field: Extract<FormField, { type: "number" }>, raw: unknown): Check {
  if (typeof raw === "string" && raw.trim() === "") return { empty: true };
  const value = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim().replace(/,/g, "")) : NaN;
  if (!Number.isFinite(value)) return { error: { code: "notANumber" } };
  if (field.integer && !Number.isInteger(value)) return { error: { code: "notAnInteger" } };
  if (field.min !== undefined && value < field.min) return { error: { code: "tooSmall", limit: field.min } };
  if (field.max !== undefined && value > field.max) return { error: { code: "tooLarge", limit: field.max } };
  return { value };
}

function checkDate(field: Extract<FormField, { type: "date" }>, raw: unknown, today: CalendarDate): Check {
  if (typeof raw !== "string") return { error: { code: "invalidDate" } };
  const value = raw.trim();
  if (value === "") return { empty: true };
  if (!isCalendarDate(value)) return { error: { code: "invalidDate" } };
  if (field.notBefore === "today" && value < today) return { error: { code: "dateBeforeToday" } };
  if (field.notAfter === "today" && value > today) return { error: { code: "dateAfterToday" } };
  return { value };
}

function checkSingle(field: Extract<FormField, { type: "single" }>, raw: unknown): Check {
  if (raw === "") return { empty: true };
  if (typeof raw !== "string" || !field.choices.some((c) => c.value === raw)) {
    return { error: { code: "invalidChoice" } };
  }
  return { value: raw };
}

function checkMulti(field: Extract<FormField, { type: "multi" }>, raw: unknown): Check {
  const list = typeof raw === "string" ? (raw === "" ? [] : [raw]) : raw;
  if (!Array.isArray(list)) return { error: { code: "invalidChoice" } };
  if (list.length === 0) return { empty: true };
  const allowed = new Set(field.choices.map((c) => c.value));
  if (!list.every((v): v is string => typeof v === "string" && allowed.has(v))) {
    return { error: { code: "invalidChoice" } };
  }
  const unique = [...new Set(list)];
  if (field.maxSelected !== undefined && unique.length > field.maxSelected) {
    return { error: { code: "tooManyChoices", limit: field.maxSelected } };
  }
  // Keep the definition's order, so two equal answers are stored the same way.
  return { value: field.choices.map((c) => c.value).filter((v) => unique.includes(v)) };
}

function checkYesNo(raw: unknown): Check {
  if (raw === true || raw === "yes" || raw === "true") return { value: true };
  if (raw === false || raw === "no" || raw === "false") return { value: false };
  if (raw === "") return { empty: true };
  return { error: { code: "invalidChoice" } };
}

function checkFiles(field: Extract<FormField, { type: "file" }>, raw: unknown): Check {
  if (!Array.isArray(raw)) return { error: { code: "invalidFile" } };
  if (raw.length === 0) return { empty: true };
  if (raw.length > field.maxFiles) return { error: { code: "tooManyChoices", limit: field.maxFiles } };
  const files: UploadedFileRef[] = [];
  for (const item of raw) {
    const file = item as Partial<UploadedFileRef> | null;
    const ok =
      file !== null &&
      typeof file === "object" &&
      typeof file.id === "string" &&
      typeof file.name === "string" &&
      typeof file.type === "string" &&
      (field.accept as string[]).includes(file.type) &&
      typeof file.size === "number" &&
      file.size > 0 &&
      file.size <= field.maxSizeMb * 1024 * 1024;
    if (!ok) return { error: { code: "invalidFile" } };
    files.push({ id: file.id!, name: file.name!, type: file.type!, size: file.size! });
  }
  return { value: files };
}
