import { FIELD_TYPES, type FieldType } from "@/lib/services/form-definition";
import { emptyField, emptyPair, type ServiceDraft } from "./service-draft";

/**
 * The editor's row buttons (add, remove, move) as pure changes to a draft. Each button
 * posts the whole form with `intent`, e.g. "field.add:single", "field.up:2",
 * "choice.remove:1:0"; the server applies it and shows the draft again, unsaved.
 */
export type Intent =
  | { kind: "save" }
  | { kind: "document.add" }
  | { kind: "document.remove"; index: number }
  | { kind: "step.add" }
  | { kind: "step.remove" | "step.up" | "step.down"; index: number }
  | { kind: "field.add"; type: FieldType }
  | { kind: "field.remove" | "field.up" | "field.down"; index: number }
  | { kind: "choice.add"; index: number }
  | { kind: "choice.remove"; index: number; choice: number }
  | { kind: "rule.add" }
  | { kind: "rule.remove"; index: number };

const INDEXED = new Set(["document.remove", "step.remove", "step.up", "step.down", "field.remove", "field.up", "field.down", "choice.add", "rule.remove"]);

/** Anything unrecognised is null (the caller shows the draft again, changing nothing). */
export function parseIntent(value: unknown): Intent | null {
  if (typeof value !== "string") return null;
  const [kind, a, b] = value.split(":");
  const index = Number(a);
  const validIndex = /^\d{1,3}$/.test(a ?? "");
  if (kind === "save" || kind === "document.add" || kind === "step.add" || kind === "rule.add") return { kind };
  if (kind === "field.add") return (FIELD_TYPES as readonly string[]).includes(a ?? "") ? { kind, type: a as FieldType } : null;
  if (kind === "choice.remove") return validIndex && /^\d{1,3}$/.test(b ?? "") ? { kind, index, choice: Number(b) } : null;
  if (kind && INDEXED.has(kind) && validIndex) return { kind, index } as Intent;
  return null;
}

function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

const without = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/** A key no other question uses yet: question1, question2, ... */
export function freshKey(draft: ServiceDraft): string {
  const taken = new Set(draft.fields.map((f) => f.key));
  let n = draft.fields.length + 1;
  while (taken.has(`question${n}`)) n++;
  return `question${n}`;
}

export function applyIntent(draft: ServiceDraft, intent: Exclude<Intent, { kind: "save" }>): ServiceDraft {
  switch (intent.kind) {
    case "document.add":
      return { ...draft, documents: [...draft.documents, emptyPair()] };
    case "document.remove":
      return { ...draft, documents: without(draft.documents, intent.index) };
    case "step.add":
      return { ...draft, steps: [...draft.steps, { ...emptyPair(), minutes: "" }] };
    case "step.remove":
      return { ...draft, steps: without(draft.steps, intent.index) };
    case "step.up":
    case "step.down":
      return { ...draft, steps: move(draft.steps, intent.index, intent.kind === "step.up" ? -1 : 1) };
    case "field.add":
      return { ...draft, fields: [...draft.fields, emptyField(freshKey(draft), intent.type)] };
    case "field.remove":
      return { ...draft, fields: without(draft.fields, intent.index) };
    case "field.up":
    case "field.down":
      return { ...draft, fields: move(draft.fields, intent.index, intent.kind === "field.up" ? -1 : 1) };
    case "choice.add":
    case "choice.remove":
      return {
        ...draft,
        fields: draft.fields.map((field, i) => {
          if (i !== intent.index) return field;
          const choices = intent.kind === "choice.add" ? [...field.choices, { value: "", label: emptyPair() }] : without(field.choices, intent.choice);
          return { ...field, choices };
        }),
      };
    case "rule.add":
      return { ...draft, routing: [...draft.routing, { field: "", equals: "", division: "" }] };
    case "rule.remove":
      return { ...draft, routing: without(draft.routing, intent.index) };
  }
}
