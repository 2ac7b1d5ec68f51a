import { AppError } from "@/lib/errors/app-error";
import type { StaffSession } from "@/lib/staff/session";
import { can } from "@/lib/staff/policy";

/**
 * Who is changing staff accounts: an ADMIN on the administration pages, or the operator at
 * the server's shell (`npm run staff`), who needs no sign-in (they could read the database).
 */
export type AccountActor = StaffSession | "cli";

/** Refuse anyone but an ADMIN (the shell is always allowed). */
export function authorizeAccountChange(actor: AccountActor): void {
  if (actor !== "cli" && !can(actor, "admin")) throw new AppError("forbidden");
}

/** The audit columns for an account change by this actor; `detail` never holds a password. */
export function accountAudit(actor: AccountActor, action: string, subjectId: number, detail: Record<string, unknown> = {}) {
  return {
    actorType: actor === "cli" ? "system" : "staff",
    actorId: actor === "cli" ? null : actor.id,
    actorLabel: actor === "cli" ? "npm run staff" : actor.username,
    action,
    subjectType: "staff_user",
    subjectId: String(subjectId),
    detail: JSON.stringify(detail),
  };
}
