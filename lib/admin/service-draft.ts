import { FIELD_TYPES, type FieldType } from "@/lib/services/form-definition";
import type { FieldErrors } from "./field-errors";

/**
 * A service as the editor holds it while the admin works: every input as typed (numbers
 * as text, empty optional texts as ""), so a half-finished edit survives a round trip and
 * is checked only on save. `definitionInput` turns it into what `serviceDefinition`
 * validates; `draftFromCandidate` turns a stored service (valid or not) back into a draft.
 */
export type TextPair = { th: string; en: string };
export type ChoiceDraft = { value: string; label: TextPair };
export type FieldDraft = {
  key: string;
  type: FieldType;
  label: TextPair;
  help: TextPair;
  required: boolean;
  maxLength: string; // text, longtext
  phone: boolean; // text: check a Thai phone number
  min: string; // number
  max: string;
  integer: boolean;
  unit: TextPair;
  notBeforeToday: boolean; // date
  notAfterToday: boolean;
  choices: ChoiceDraft[]; // single, multi
  maxSelected: string; // multi
  accept: string[]; // file
  maxFiles: string;
  maxSizeMb: string;
  /** Asked only when an earlier question's answer is one of `values` ("true"/"false" for yes/no); field "" = always asked. */
  showWhen: ShowWhenDraft;
};
export type ShowWhenDraft = { field: string; values: string[] };
export type StepDraft = TextPair & { minutes: string };
export type RuleDraft = { field: string; equals: string; division: string };
export type ServiceDraft = {
  code: string;
  division: string;
  category: string;
  name: TextPair;
  description: TextPair;
  workingDays: string;
  basis: string;
  note: TextPair;
  charged: boolean;
  fee: TextPair;
  criteria: TextPair;
  legalBasis: TextPair;
  documents: TextPair[];
  steps: StepDraft[];
  channels: string[];
  /** Online: whether the resident may attach the device's coordinates (none | optional). */
  location: string;
  /** When an online applicant must still show the card (not_needed | before_processing | at_pickup). */
  identityCheck: string;
  /** "service" or "complaint"; for complaints, working days to acknowledge ("" for services). */
  kind: string;
  acknowledgeWorkingDays: string;
  keywords: string; // one per line
  active: boolean;
  fields: FieldDraft[];
  routing: RuleDraft[];
  /** The eligibility rules as JSON text (lib/eligibility/rules.ts), edited as they are. */
  eligibility: string;
};

export const FILE_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;

export const emptyPair = (): TextPair => ({ th: "", en: "" });

export function emptyField(key: string, type: FieldType = "text"): FieldDraft {
  return {
    key,
    type,
    label: emptyPair(),
    help: emptyPair(),
    required: true,
    maxLength: "",
    phone: false,
    min: "",
    max: "",
    integer: false,
    unit: emptyPair(),
    notBeforeToday: false,
    notAfterToday: false,
    choices: type === "single" || type === "multi" ? [{ value: "", label: emptyPair() }, { value: "", label: emptyPair() }] : [],
    maxSelected: "",
    accept: type === "file" ? ["application/pdf"] : [],
    maxFiles: "",
    maxSizeMb: "",
    showWhen: { field: "", values: [] },
  };
}

export function emptyDraft(): ServiceDraft {
  return {
    code: "",
    division: "",
    category: "",
    name: emptyPair(),
    description: emptyPair(),
    workingDays: "",
    basis: "service_level",
    note: emptyPair(),
    charged: false,
    fee: emptyPair(),
    criteria: emptyPair(),
    legalBasis: emptyPair(),
    documents: [],
    steps: [{ ...emptyPair(), minutes: "" }],
    channels: ["counter"],
    location: "none",
    identityCheck: "before_processing",
    kind: "service",
    acknowledgeWorkingDays: "",
    keywords: "",
    active: false,
    fields: [],
    routing: [],
    eligibility: "[]",
  };
}

// ---- draft -> definition input ------------------------------------------------------

/** "" -> undefined; a number -> the number; anything else stays text so validation names it. */
function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** An optional pair: left out when both languages are empty, so half-filled ones are named. */
function optionalPair(pair: TextPair): TextPair | undefined {
  return pair.th.trim() === "" && pair.en.trim() === "" ? undefined : pair;
}

/** The condition as the definition holds it: yes/no answers as true or false, the rest as choice codes. */
function showWhenInput(condition: ShowWhenDraft, fields: readonly FieldDraft[]): Record<string, unknown> | undefined {
  const source = condition.field.trim();
  if (source === "") return undefined;
  const yesNo = fields.find((f) => f.key.trim() === source)?.type === "yesno";
  const values = condition.values.map((v) => (yesNo && (v === "true" || v === "false") ? v === "true" : v.trim()));
  return { field: source, in: values };
}

function fieldInput(field: FieldDraft, order: number, fields: readonly FieldDraft[]): Record<string, unknown> {
  const common = {
    key: field.key.trim(),
    type: field.type,
    label: field.label,
    help: optionalPair(field.help),
    required: field.required,
    order,
    showWhen: showWhenInput(field.showWhen, fields),
  };
  switch (field.type) {
    case "text":
      return { ...common, maxLength: numberOrText(field.maxLength), format: field.phone ? "phone" : undefined };
    case "longtext":
      return { ...common, maxLength: numberOrText(field.maxLength) };
    case "number":
      return { ...common, min: numberOrText(field.min), max: numberOrText(field.max), integer: field.integer, unit: optionalPair(field.unit) };
    case "date":
      return { ...common, notBefore: field.notBeforeToday ? "today" : undefined, notAfter: field.notAfterToday ? "today" : undefined };
    case "single":
      return { ...common, choices: field.choices.map((c) => ({ value: c.value.trim(), label: c.label })) };
    case "multi":
      return { ...common, choices: field.choices.map((c) => ({ value: c.value.trim(), label: c.label })), maxSelected: numberOrText(field.maxSelected) };
    case "yesno":
      return common;
    case "file":
      return { ...common, accept: field.accept, maxFiles: numberOrText(field.maxFiles), maxSizeMb: numberOrText(field.maxSizeMb) };
  }
}

function ruleInput(rule: RuleDraft, fields: readonly FieldDraft[]): Record<string, unknown> {
  const target = fields.find((f) => f.key.trim() === rule.field);
  // A yes/no question answers true or false; everything else answers a choice's value.
  const equals = target?.type === "yesno" && (rule.equals === "true" || rule.equals === "false") ? rule.equals === "true" : rule.equals.trim();
  return { field: rule.field, equals, division: rule.division };
}

/** Parsed JSON, or the text itself when it is not JSON, so validation names the field. */
function jsonOrText(text: string): unknown {
  if (text.trim() === "") return [];
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What `serviceDefinition` validates. */
export function definitionInput(draft: ServiceDraft): Record<string, unknown> {
  return {
    code: draft.code.trim(),
    division: draft.division,
    category: draft.category,
    name: draft.name,
    description: draft.description,
    processing: { workingDays: numberOrText(draft.workingDays), basis: draft.basis, note: optionalPair(draft.note) },
    fee: draft.charged ? draft.fee : null,
    criteria: draft.criteria,
    legalBasis: draft.legalBasis,
    documents: draft.documents,
    steps: draft.steps.map((s) => ({ th: s.th, en: s.en, minutes: numberOrText(s.minutes) })),
    channels: draft.channels,
    location: draft.location,
    identityCheck: draft.identityCheck,
    kind: draft.kind,
    acknowledgeWorkingDays: draft.acknowledgeWorkingDays.trim() === "" ? undefined : numberOrText(draft.acknowledgeWorkingDays),
    keywords: draft.keywords.split(/\r?\n|,/).map((k) => k.trim()).filter(Boolean),
    form: { fields: draft.fields.map((field, order) => fieldInput(field, order, draft.fields)) },
    routing: draft.routing.map((rule) => ruleInput(rule, draft.fields)),
    eligibility: jsonOrText(draft.eligibility),
    active: draft.active,
  };
}

/**
 * Where the editor shows a problem found at a definition path: "processing.workingDays"
 * -> "workingDays", "form.fields.2.label.th" -> "fields.2.label.th", "keywords.3" ->
 * "keywords", "form.fields.1" (min above max) -> "fields.1.min".
 */
export function draftErrorKey(definitionPath: string): string {
  let key = definitionPath;
  if (key.startsWith("processing.")) key = key.slice("processing.".length);
  if (key.startsWith("form.")) key = key.slice("form.".length);
  if (/^keywords\.\d+$/.test(key)) return "keywords";
  if (key.startsWith("eligibility")) return "eligibility";
  if (/^fields\.\d+$/.test(key)) return `${key}.min`;
  // A condition's question and answers are shown together, in one box.
  if (/^fields\.\d+\.showWhen\./.test(key)) return key.replace(/\.showWhen\..*$/, ".showWhen");
  if (key === "fee") return "fee.th";
  // A rule's question and answer are picked together, in one list.
  if (/^routing\.\d+\.(field|equals)$/.test(key)) return key.replace(/\.(field|equals)$/, ".when");
  return key;
}

/** Errors keyed by definition path, re-keyed by the editor's input names (first one wins). */
export function draftErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, error] of Object.entries(errors)) {
    const key = draftErrorKey(path);
    if (!(key in result)) result[key] = error;
  }
  return result;
}

// ---- stored service -> draft --------------------------------------------------------

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === "object" && !Array.isArray(value) ? (value as Loose) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const pair = (value: unknown): TextPair => ({ th: str(obj(value).th), en: str(obj(value).en) });

function fieldDraft(value: unknown, index: number): FieldDraft {
  const f = obj(value);
  const type = (FIELD_TYPES as readonly string[]).includes(str(f.type)) ? (f.type as FieldType) : "text";
  return {
    ...emptyField(str(f.key) || `question${index + 1}`, type),
    label: pair(f.label),
    help: pair(f.help),
    required: f.required === true,
    maxLength: str(f.maxLength),
    phone: f.format === "phone",
    min: str(f.min),
    max: str(f.max),
    integer: f.integer === true,
    unit: pair(f.unit),
    notBeforeToday: f.notBefore === "today",
    notAfterToday: f.notAfter === "today",
    choices: list(f.choices).map((c) => ({ value: str(obj(c).value), label: pair(obj(c).label) })),
    maxSelected: str(f.maxSelected),
    accept: list(f.accept).map(str).filter((a) => (FILE_TYPES as readonly string[]).includes(a)),
    maxFiles: str(f.maxFiles),
    maxSizeMb: str(f.maxSizeMb),
    showWhen: {
      field: str(obj(f.showWhen).field),
      values: list(obj(f.showWhen).in).map((v) => (typeof v === "boolean" ? String(v) : str(v))),
    },
  };
}

/** A draft from a definition-shaped value (a stored row's candidate), tolerating damage. */
export function draftFromCandidate(candidate: unknown): ServiceDraft {
  const c = obj(candidate);
  const processing = obj(c.processing);
  const fields = [...list(obj(c.form).fields)]
    .sort((a, b) => Number(obj(a).order ?? 0) - Number(obj(b).order ?? 0))
    .map(fieldDraft);
  return {
    code: str(c.code),
    division: str(c.division),
    category: str(c.category),
    name: pair(c.name),
    description: pair(c.description),
    workingDays: str(processing.workingDays),
    basis: str(processing.basis) || "service_level",
    note: pair(processing.note),
    charged: c.fee !== null && c.fee !== undefined,
    fee: pair(c.fee),
    criteria: pair(c.criteria),
    legalBasis: pair(c.legalBasis),
    documents: list(c.documents).map(pair),
    steps: list(c.steps).map((s) => ({ ...pair(s), minutes: str(obj(s).minutes) })),
    channels: list(c.channels).map(str),
    location: str(c.location) || "none",
    identityCheck: str(c.identityCheck) || "before_processing",
    kind: str(c.kind) || "service",
    acknowledgeWorkingDays: str(c.acknowledgeWorkingDays),
    keywords: list(c.keywords).map(str).join("\n"),
    active: c.active !== false,
    fields,
    routing: list(c.routing).map((r) => ({ field: str(obj(r).field), equals: typeof obj(r).equals === "boolean" ? String(obj(r).equals) : str(obj(r).equals), division: str(obj(r).division) })),
    eligibility: JSON.stringify(c.eligibility ?? [], null, 2),
  };
}
