import type { LocalizedText } from "@/lib/i18n/localized";
import type { AnswerValue, UploadedFileRef } from "@/lib/services/answers";
import { shownFields } from "@/lib/services/conditions";
import { formDefinition, orderedFields, type FormField } from "@/lib/services/form-definition";

/**
 * A request's answers as an officer reads them: each under its form label, choices by their
 * labels, in both languages. Pure. The form is the service's current one; an answer to a
 * question since removed is still shown, under its key. A conditional question the
 * resident was not asked (showWhen) is left out rather than shown as "not given"; should
 * an answer be stored for one anyway (the form's conditions changed since the filing), it is
 * still shown: what the resident gave is never hidden from the officer.
 */
export type AnswerLine = { key: string; label: LocalizedText; text: LocalizedText };
export type Attachment = { key: string; label: LocalizedText; files: UploadedFileRef[] };

const NOT_GIVEN: LocalizedText = { th: "ไม่ได้ระบุ", en: "Not given" };

export function displayAnswers(formJson: string, answersJson: string): { answers: AnswerLine[]; attachments: Attachment[] } {
  const form = formDefinition.safeParse(parseJson(formJson));
  const stored = parseJson(answersJson);
  const values: Record<string, AnswerValue> = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, AnswerValue>) : {};
  const fields = form.success ? orderedFields(form.data) : [];
  const asked = new Set(form.success ? shownFields(form.data, values).map((field) => field.key) : []);
  const answers: AnswerLine[] = [];
  const attachments: Attachment[] = [];

  for (const field of fields) {
    const value = values[field.key];
    if (!asked.has(field.key) && value === undefined) continue;
    if (field.type === "file") {
      const files = Array.isArray(value) ? (value as unknown[]).filter(isFileRef) : [];
      if (files.length > 0) attachments.push({ key: field.key, label: field.label, files });
      continue;
    }
    answers.push({ key: field.key, label: field.label, text: value === undefined ? NOT_GIVEN : fieldText(field, value) });
  }
  const known = new Set(fields.map((f) => f.key));
  for (const [key, value] of Object.entries(values)) {
    if (known.has(key)) continue;
    const text = Array.isArray(value) ? value.map(String).join(", ") : String(value);
    answers.push({ key, label: { th: key, en: key }, text: { th: text, en: text } });
  }
  return { answers, attachments };
}

function fieldText(field: FormField, value: AnswerValue): LocalizedText {
  switch (field.type) {
    case "single": {
      const choice = field.choices.find((c) => c.value === value);
      return choice ? choice.label : same(String(value));
    }
    case "multi": {
      const chosen = Array.isArray(value) ? value.map((v) => field.choices.find((c) => c.value === v)?.label ?? same(String(v))) : [];
      return { th: chosen.map((c) => c.th).join(", "), en: chosen.map((c) => c.en).join(", ") };
    }
    case "yesno":
      return value === true ? { th: "ใช่", en: "Yes" } : { th: "ไม่ใช่", en: "No" };
    case "number": {
      const unit = field.unit;
      const number = typeof value === "number" ? value : Number(value);
      return {
        th: [new Intl.NumberFormat("th-TH").format(number), unit?.th].filter(Boolean).join(" "),
        en: [new Intl.NumberFormat("en-GB").format(number), unit?.en].filter(Boolean).join(" "),
      };
    }
    case "date": {
      const date = new Date(`${String(value)}T12:00:00+07:00`);
      if (Number.isNaN(date.getTime())) return same(String(value));
      return {
        th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { dateStyle: "long", timeZone: "Asia/Bangkok" }).format(date),
        en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Bangkok" }).format(date),
      };
    }
    default:
      return same(String(value));
  }
}

const same = (text: string): LocalizedText => ({ th: text, en: text });

function isFileRef(value: unknown): value is UploadedFileRef {
  if (!value || typeof value !== "object") return false;
  const file = value as Record<string, unknown>;
  return typeof file.id === "string" && typeof file.name === "string" && typeof file.type === "string" && typeof file.size === "number";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
