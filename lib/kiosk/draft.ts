import { normalisePhone, validateAnswers, type AnswerError } from "@/lib/services/answers";
import { shownFields } from "@/lib/services/conditions";
import type { FormField } from "@/lib/services/form-definition";

/**
 * What the resident has typed or tapped on the kiosk's form, before it becomes the
 * filing's `answers`. The server decides (lib/services/answers.ts); the kiosk runs the same
 * validation first only to point at a missing answer without a round trip.
 */
export type DateDraft = { day: string; month: string; year: string };
export type DraftValue = string | string[] | boolean | DateDraft;
export type Drafts = Record<string, DraftValue | undefined>;
export type FieldErrors = Record<string, AnswerError>;

/** The key under which the contact phone's error is reported, beside the form's own fields. */
export const CONTACT_PHONE = "contactPhone";

const THAI_DIGITS = /[\u0e50-\u0e59]/g;

/** Thai digits (๐-๙) from the Thai keyboard as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/**
 * A date typed as day, month and year. A year above 2400 is taken as Buddhist era (Thai
 * residents write 2569, not 2026). Incomplete dates are sent as they are, so the server
 * answers `invalidDate` rather than the kiosk guessing.
 */
export function dateDraftToValue(draft: DateDraft): string {
  const day = asciiDigits(draft.day).trim();
  const month = asciiDigits(draft.month).trim();
  const yearText = asciiDigits(draft.year).trim();
  if (day === "" && month === "" && yearText === "") return "";
  const yearNumber = Number(yearText);
  const year = Number.isInteger(yearNumber) && yearNumber > 2400 ? String(yearNumber - 543) : yearText;
  return `${year.padStart(4, "0")}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function isDateDraft(value: DraftValue | undefined): value is DateDraft {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `answers` object of the filing: empty answers and answers to questions not asked are left out. */
export function draftsToAnswers(fields: readonly FormField[], drafts: Drafts): Record<string, unknown> {
  const answers = givenAnswers(fields, drafts);
  const asked = new Set(shownFields({ fields: [...fields] }, answers).map((field) => field.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => asked.has(key)));
}

/**
 * The questions the kiosk asks now, in order: a conditional question (showWhen) appears as
 * soon as the earlier answer calls for it (lib/services/conditions.ts decides, as on the server).
 */
export function askedFields(fields: readonly FormField[], drafts: Drafts): FormField[] {
  return shownFields({ fields: [...fields] }, givenAnswers(fields, drafts));
}

/**
 * The drafts without the answers to questions no longer asked: when a changed answer hides
 * a question, what was typed there is dropped, never sent and never shown on "check your
 * answers" (and the question comes back empty if the answer is changed back).
 */
export function withoutHiddenDrafts(fields: readonly FormField[], drafts: Drafts): Drafts {
  const asked = new Set(askedFields(fields, drafts).map((field) => field.key));
  const known = new Set(fields.map((field) => field.key));
  return Object.fromEntries(Object.entries(drafts).filter(([key]) => asked.has(key) || !known.has(key)));
}

function givenAnswers(fields: readonly FormField[], drafts: Drafts): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    const value = drafts[field.key];
    if (value === undefined) continue;
    if (field.type === "date") {
      const date = isDateDraft(value) ? dateDraftToValue(value) : "";
      if (date !== "") answers[field.key] = date;
    } else if (field.type === "number" || field.type === "text") {
      if (typeof value === "string" && value.trim() !== "") {
        answers[field.key] = field.type === "number" || field.format === "phone" ? asciiDigits(value) : value;
      }
    } else if (field.type === "longtext" || field.type === "single") {
      if (typeof value === "string" && value.trim() !== "") answers[field.key] = value;
    } else if (field.type === "multi") {
      if (Array.isArray(value) && value.length > 0) answers[field.key] = value;
    } else if (field.type === "yesno") {
      if (typeof value === "boolean") answers[field.key] = value;
    }
  }
  return answers;
}

export function contactPhoneValue(raw: string): string {
  return asciiDigits(raw).trim();
}

/** The same checks as the server, so the resident hears about a gap before "check your answers". */
export function checkDrafts(
  fields: readonly FormField[],
  drafts: Drafts,
  contactPhone: string,
  today: string,
): FieldErrors {
  const result = validateAnswers({ fields: [...fields] }, draftsToAnswers(fields, drafts), today);
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  const phone = contactPhoneValue(contactPhone);
  if (phone === "") errors[CONTACT_PHONE] = { code: "required" };
  else if (normalisePhone(phone) === null) errors[CONTACT_PHONE] = { code: "invalidPhone" };
  return errors;
}

/** Error keys in the order the fields appear on screen, the contact phone last. */
export function orderedErrorKeys(fields: readonly FormField[], errors: FieldErrors): string[] {
  const order = [...fields.map((field) => field.key), CONTACT_PHONE];
  const known = order.filter((key) => errors[key] !== undefined);
  const unknown = Object.keys(errors).filter((key) => !order.includes(key));
  return [...known, ...unknown];
}
