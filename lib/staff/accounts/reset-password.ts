import { publishAccessChange } from "@/lib/events/bus";
import { hashPassword } from "better-auth/crypto";
import { oneTimePassword } from "@/lib/auth/one-time-password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { accountAudit, authorizeAccountChange, type AccountActor } from "./actor";
import { findAccount } from "./account-input";
import { credentialAccount } from "./create-staff";

/**
 * A forgotten password: a new one-time password (returned once), the lockout cleared, every
 * open session ended, and a new password required at the next sign-in. With
 * `removeTwoFactor` (a lost phone) the authenticator app is removed too; an ADMIN then sets
 * one up again before anything else. A deactivated account stays deactivated.
 */
export async function resetStaffPassword(
  who: { id: number } | { username: string },
  actor: AccountActor,
  options: { removeTwoFactor?: boolean } = {},
): Promise<{ id: number; username: string; oneTimePassword: string; twoFactorRemoved: boolean }> {
  authorizeAccountChange(actor);
  const user = await findAccount(who);
  if (actor !== "cli" && actor.id === user.id) throw new AppError("self");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const removeTwoFactor = options.removeTwoFactor === true;
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { mustChangePassword: true, failedSignIns: 0, lockedUntil: null, ...(removeTwoFactor ? { twoFactorEnabled: false } : {}) },
    });
    await tx.staffSession.deleteMany({ where: { userId: user.id } });
    if (removeTwoFactor) await tx.staffTwoFactor.deleteMany({ where: { userId: user.id } });
    await tx.staffAccount.deleteMany({ where: { userId: user.id, providerId: "credential" } });
    await tx.staffAccount.create({ data: credentialAccount(user.id, passwordHash) });
    await tx.auditLog.create({ data: accountAudit(actor, "staff.password_reset", user.id, { username: user.username, twoFactorRemoved: removeTwoFactor }) });
  });
  publishAccessChange(user.id);
  return { id: user.id, username: user.username, oneTimePassword: password, twoFactorRemoved: removeTwoFactor };
}
