import type { StaffSession } from "@/lib/staff/session";

/**
 * One audit row for an administrative change, written in the same transaction as the
 * change. `detail` says what changed; it never holds a citizen's personal data (services,
 * divisions, holidays, kiosks and staff roles are not), and never a password.
 */
export type AdminAuditEntry = {
  actorType: "staff";
  actorId: number;
  action: string;
  subjectType: string;
  subjectId: string;
  personKey?: string | null;
  detail: string;
};

export function adminAudit(
  staff: StaffSession,
  action: string,
  subject: { type: string; id: string | number },
  detail: Record<string, unknown> = {},
  personKey?: string,
): AdminAuditEntry {
  return {
    actorType: "staff",
    actorId: staff.id,
    action,
    subjectType: subject.type,
    subjectId: String(subject.id),
    personKey: personKey ?? null,
    detail: JSON.stringify(detail),
  };
}

export type Change = { from: unknown; to: unknown };

/**
 * What differs between two flat records, for the audit detail: `{ nameEn: { from, to } }`.
 * Long values (JSON of a form, a whole description) are named but not copied, so the log
 * stays readable; the service row itself holds the new text.
 */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>, keys: readonly (keyof T & string)[]): Record<string, Change | "changed"> {
  const result: Record<string, Change | "changed"> = {};
  for (const key of keys) {
    if (!(key in after)) continue;
    const from = before[key];
    const to = after[key];
    if (same(from, to)) continue;
    result[key] = isShort(from) && isShort(to) ? { from, to } : "changed";
  }
  return result;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function isShort(value: unknown): boolean {
  return value === null || typeof value === "boolean" || typeof value === "number" || (typeof value === "string" && value.length <= 80);
}
