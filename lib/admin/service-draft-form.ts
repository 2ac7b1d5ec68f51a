import { FIELD_TYPES, type FieldType } from "@/lib/services/form-definition";
import { emptyField, type FieldDraft, type ServiceDraft, type TextPair } from "./service-draft";

/**
 * The editor's form submission -> a draft. Inputs are named by their place in the draft
 * ("fields.2.label.th", "steps.0.minutes"), so the editor needs no client code to add,
 * remove or move rows: the server rebuilds the draft from whatever was posted.
 */
type Form = Pick<FormData, "get" | "getAll" | "keys">;

const MAX_ROWS = 200; // far above any real service; keeps a forged post from growing the draft

function text(form: Form, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function checked(form: Form, name: string): boolean {
  return form.get(name) !== null;
}

function textPair(form: Form, prefix: string): TextPair {
  return { th: text(form, `${prefix}.th`), en: text(form, `${prefix}.en`) };
}

/** The row numbers posted under a prefix, e.g. "documents" -> [0, 1, 2], in order. */
function rows(form: Form, pattern: RegExp): number[] {
  const found = new Set<number>();
  for (const name of form.keys()) {
    const match = pattern.exec(name);
    if (match) {
      const index = Number(match[1]);
      if (index < MAX_ROWS) found.add(index);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const escape = (prefix: string) => prefix.replace(/\./g, "\\.");
const rowsOf = (form: Form, prefix: string) => rows(form, new RegExp(`^${escape(prefix)}\\.(\\d+)\\.`));

function fieldFrom(form: Form, p: string): FieldDraft {
  const posted = text(form, `${p}.type`);
  const type: FieldType = (FIELD_TYPES as readonly string[]).includes(posted) ? (posted as FieldType) : "text";
  const empty = emptyField(text(form, `${p}.key`), type);
  const choices = rowsOf(form, `${p}.choices`).map((j) => ({
    value: text(form, `${p}.choices.${j}.value`),
    label: textPair(form, `${p}.choices.${j}.label`),
  }));
  return {
    ...empty,
    label: textPair(form, `${p}.label`),
    help: textPair(form, `${p}.help`),
    required: checked(form, `${p}.required`),
    maxLength: text(form, `${p}.maxLength`),
    phone: checked(form, `${p}.phone`),
    min: text(form, `${p}.min`),
    max: text(form, `${p}.max`),
    integer: checked(form, `${p}.integer`),
    unit: textPair(form, `${p}.unit`),
    notBeforeToday: checked(form, `${p}.notBeforeToday`),
    notAfterToday: checked(form, `${p}.notAfterToday`),
    // A question just switched to a list type starts with two empty choices to fill in.
    choices: choices.length > 0 ? choices : empty.choices,
    maxSelected: text(form, `${p}.maxSelected`),
    accept: form.getAll(`${p}.accept`).filter((v): v is string => typeof v === "string"),
    maxFiles: text(form, `${p}.maxFiles`),
    maxSizeMb: text(form, `${p}.maxSizeMb`),
    showWhen: {
      field: text(form, `${p}.showWhen.field`),
      values: form.getAll(`${p}.showWhen.in`).filter((v): v is string => typeof v === "string"),
    },
  };
}

/** A rule's condition is one choice, "question=answer" (e.g. "topic=public_areas", "owner=true"). */
export function ruleCondition(when: string): { field: string; equals: string } {
  const at = when.indexOf("=");
  return at < 0 ? { field: when, equals: "" } : { field: when.slice(0, at), equals: when.slice(at + 1) };
}

export function draftFromFormData(form: Form): ServiceDraft {
  return {
    code: text(form, "code"),
    division: text(form, "division"),
    category: text(form, "category"),
    name: textPair(form, "name"),
    description: textPair(form, "description"),
    workingDays: text(form, "workingDays"),
    basis: text(form, "basis"),
    note: textPair(form, "note"),
    charged: text(form, "feeMode") === "charged",
    fee: textPair(form, "fee"),
    criteria: textPair(form, "criteria"),
    legalBasis: textPair(form, "legalBasis"),
    documents: rowsOf(form, "documents").map((i) => textPair(form, `documents.${i}`)),
    steps: rowsOf(form, "steps").map((i) => ({ ...textPair(form, `steps.${i}`), minutes: text(form, `steps.${i}.minutes`) })),
    channels: form.getAll("channels").filter((v): v is string => typeof v === "string"),
    location: text(form, "location") || "none",
    identityCheck: text(form, "identityCheck") || "before_processing",
    kind: text(form, "kind") || "service",
    acknowledgeWorkingDays: text(form, "acknowledgeWorkingDays"),
    keywords: text(form, "keywords"),
    active: checked(form, "active"),
    fields: rowsOf(form, "fields").map((i) => fieldFrom(form, `fields.${i}`)),
    routing: rowsOf(form, "routing").map((i) => ({ ...ruleCondition(text(form, `routing.${i}.when`)), division: text(form, `routing.${i}.division`) })),
    eligibility: text(form, "eligibility"),
  };
}
