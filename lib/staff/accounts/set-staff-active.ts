import { db } from "@/lib/db/client";
import { publishAccessChange } from "@/lib/events/bus";
import { AppError } from "@/lib/errors/app-error";
import { accountAudit, authorizeAccountChange, type AccountActor } from "./actor";
import { assertNotLastAdmin, findAccount } from "./account-input";

/**
 * Deactivate (someone who left) or reactivate an account. Deactivation ends every open
 * session in the same transaction, and sign-in is refused from then on; nothing is deleted,
 * so the timeline and audit entries keep their author. The last active ADMIN, and one's
 * own account, cannot be deactivated.
 */
export async function setStaffActive(who: { id: number } | { username: string }, active: boolean, actor: AccountActor): Promise<{ id: number; username: string; active: boolean }> {
  authorizeAccountChange(actor);
  const user = await findAccount(who);
  if (user.active === active) return { id: user.id, username: user.username, active };
  if (!active) {
    if (actor !== "cli" && actor.id === user.id) throw new AppError("self");
    if (user.role === "ADMIN") await assertNotLastAdmin(user.id);
  }
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { active, ...(active ? { failedSignIns: 0, lockedUntil: null } : {}) } });
    if (!active) await tx.staffSession.deleteMany({ where: { userId: user.id } });
    await tx.auditLog.create({ data: accountAudit(actor, active ? "staff.reactivated" : "staff.deactivated", user.id, { username: user.username }) });
  });
  if (!active) publishAccessChange(user.id);
  return { id: user.id, username: user.username, active };
}
