/**
 * An audit row's `detail` (JSON text, written by whichever operation made the row) as
 * labelled fields for the audit page, instead of raw JSON. Pure: the page words the labels
 * (messages/admin.*.json, `audit.fields`) and the values.
 */
import { AUDITED_SERVICE_FIELDS } from "./service-audit";

/** Detail keys the page has a label for; any other key is shown with a readable fallback. */
export const AUDIT_DETAIL_KEYS = [
  // what changed, and from what to what
  "changed",
  "from",
  "to",
  // requests and tickets
  "service",
  "channel",
  "division",
  "fromDivision",
  "toDivision",
  "ticket",
  "counter",
  "notices",
  "dueDate",
  "defects",
  "requestNumber",
  "confirmedRepeat",
  "waitedWorkingDays",
  // staff accounts and sign-in
  "username",
  "displayName",
  "role",
  "divisions",
  "by",
  "wasOneTime",
  "twoFactorRemoved",
  "reason",
  "minutes",
  "minutesLeft",
  "method",
  "step",
  "twoFactor",
  "failedSignIns",
  // kiosks
  "name",
  "deviceId",
  // the audit export
  "filter",
  "rows",
  "truncated",
  "person",
  "action",
  // services, divisions and holidays (the fields an edit names)
  ...AUDITED_SERVICE_FIELDS,
  "divisionCode",
  "queuePrefix",
  "sortOrder",
] as const;
export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_DETAIL_KEYS);

export type DetailValue =
  | { kind: "text"; text: string }
  | { kind: "yes" | "no" | "none" | "edited" }
  | { kind: "change"; from: DetailValue; to: DetailValue }
  | { kind: "fields"; fields: DetailField[] };

/** `label` is the message key under `audit.fields` when known, else null and `fallback` reads the key as words. */
export type DetailField = { key: string; label: AuditDetailKey | null; fallback: string; value: DetailValue };

/** The fields of a detail; text that is not a JSON object is shown as one unlabelled text. */
export function auditDetailFields(detail: string): DetailField[] | { raw: string } {
  if (detail.trim() === "" || detail.trim() === "{}") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return { raw: detail };
  }
  if (!isRecord(parsed)) return { raw: detail };
  return fieldsOf(parsed);
}

function fieldsOf(record: Record<string, unknown>): DetailField[] {
  return Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, label: KNOWN.has(key) ? (key as AuditDetailKey) : null, fallback: readableKey(key), value: valueOf(value) }));
}

function valueOf(value: unknown): DetailValue {
  if (value === null || value === "") return { kind: "none" };
  if (value === true) return { kind: "yes" };
  if (value === false) return { kind: "no" };
  // `changes()` names a long value that changed without copying it (lib/admin/audit.ts).
  if (value === "changed") return { kind: "edited" };
  if (typeof value === "string" || typeof value === "number") return { kind: "text", text: String(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: "none" };
    if (value.every((item) => typeof item === "string" || typeof item === "number")) return { kind: "text", text: value.join(", ") };
    return { kind: "fields", fields: value.map((item, index) => ({ key: String(index + 1), label: null, fallback: String(index + 1), value: valueOf(item) })) };
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 2 && "from" in value && "to" in value) return { kind: "change", from: valueOf(value.from), to: valueOf(value.to) };
    return { kind: "fields", fields: fieldsOf(value) };
  }
  return { kind: "text", text: String(value) };
}

/** "minutesLeft" -> "minutes left", "two_factor" -> "two factor": an unknown key still reads as words. */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
