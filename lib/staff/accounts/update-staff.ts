import { db } from "@/lib/db/client";
import { publishAccessChange } from "@/lib/events/bus";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/staff/roles";
import { accountAudit, authorizeAccountChange, type AccountActor } from "./actor";
import { assertNotLastAdmin, divisionIdsFor, findAccount, parseDisplayName, parseRole } from "./account-input";

export type StaffChanges = { role?: string; divisionCodes?: readonly string[]; displayName?: string };

/**
 * Change a person's role, divisions or display name. Sessions are not ended: every request
 * reads role and divisions afresh, and open live streams are told to, so the change applies
 * to open sessions at once. An
 * ADMIN cannot take away their own ADMIN role, nor the last active ADMIN's.
 */
export async function updateStaffAccount(
  who: { id: number } | { username: string },
  changes: StaffChanges,
  actor: AccountActor,
): Promise<{ id: number; username: string; displayName: string; role: Role; divisionCodes: string[] }> {
  authorizeAccountChange(actor);
  const user = await findAccount(who);
  const role = changes.role === undefined ? undefined : parseRole(changes.role);
  const displayName = changes.displayName === undefined ? undefined : parseDisplayName(changes.displayName);
  const divisions = changes.divisionCodes === undefined ? undefined : await divisionIdsFor(changes.divisionCodes);
  if (user.role === "ADMIN" && role !== undefined && role !== "ADMIN") {
    if (actor !== "cli" && actor.id === user.id) throw new AppError("self");
    await assertNotLastAdmin(user.id);
  }

  const before = { role: user.role, displayName: user.displayName, divisions: user.divisions.map((d) => d.division.code).sort() };
  const after = { role: role ?? before.role, displayName: displayName ?? before.displayName, divisions: divisions ? [...divisions.codes].sort() : before.divisions };
  const detail: Record<string, { from: unknown; to: unknown }> = {};
  if (after.role !== before.role) detail.role = { from: before.role, to: after.role };
  if (after.displayName !== before.displayName) detail.displayName = { from: before.displayName, to: after.displayName };
  if (after.divisions.join() !== before.divisions.join()) detail.divisions = { from: before.divisions, to: after.divisions };

  if (Object.keys(detail).length > 0) {
    await db.$transaction(async (tx) => {
      await tx.staffUser.update({ where: { id: user.id }, data: { role: after.role, displayName: after.displayName } });
      if (divisions) {
        await tx.staffDivision.deleteMany({ where: { staffUserId: user.id } });
        await tx.staffDivision.createMany({ data: divisions.ids.map((divisionId) => ({ staffUserId: user.id, divisionId })) });
      }
      await tx.auditLog.create({ data: accountAudit(actor, "staff.updated", user.id, { username: user.username, ...detail }) });
    });
    publishAccessChange(user.id);
  }
  return { id: user.id, username: user.username, displayName: after.displayName, role: after.role as Role, divisionCodes: after.divisions };
}
