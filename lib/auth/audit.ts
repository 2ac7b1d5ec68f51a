import { db } from "@/lib/db/client";

/**
 * Sign-in events for the audit log (actorType "staff"). `detail` names what happened and
 * why, never a password or a code; `actorLabel` is the staff username when one is known.
 */
export type AuthAuditAction =
  | "staff.signed_in"
  | "staff.sign_in_failed"
  | "staff.sign_in_refused"
  | "staff.sign_in_throttled"
  | "staff.locked_out"
  | "staff.two_factor_failed"
  | "staff.two_factor_enabled"
  | "staff.password_changed"
  | "staff.signed_out";

export async function auditAuth(action: AuthAuditAction, who: { id: number | null; username: string }, detail: Record<string, unknown> = {}): Promise<void> {
  await db.auditLog.create({
    data: {
      actorType: "staff",
      actorId: who.id,
      actorLabel: who.username,
      action,
      subjectType: "staff_user",
      subjectId: who.id === null ? "" : String(who.id),
      detail: JSON.stringify(detail),
    },
  });
}
