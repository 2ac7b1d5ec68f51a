import { createLocalAccountIssuer } from "better-auth/db";
import { hashPassword } from "better-auth/crypto";
import { oneTimePassword } from "@/lib/auth/one-time-password";
import { placeholderEmail } from "@/lib/auth/username";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/staff/roles";
import { accountAudit, authorizeAccountChange, type AccountActor } from "./actor";
import { divisionIdsFor, parseDisplayName, parseRole, parseUsername } from "./account-input";

export type NewStaffAccount = { id: number; username: string; displayName: string; role: Role; divisionCodes: string[]; oneTimePassword: string };

/** The credential row Better Auth reads a password from. */
export function credentialAccount(userId: number, passwordHash: string) {
  return { userId, providerId: "credential", issuer: createLocalAccountIssuer("credential"), accountId: String(userId), password: passwordHash };
}

/**
 * A new staff account with a one-time password, returned once and stored only as its
 * scrypt hash. The person must choose their own password at first sign-in. Audited.
 */
export async function createStaffAccount(
  input: { username: string; role: string; divisionCodes?: readonly string[]; displayName?: string },
  actor: AccountActor,
): Promise<NewStaffAccount> {
  authorizeAccountChange(actor);
  const username = parseUsername(input.username);
  const role = parseRole(input.role);
  const displayName = parseDisplayName(input.displayName ?? username);
  const divisions = await divisionIdsFor(input.divisionCodes ?? []);
  if (await db.staffUser.findUnique({ where: { username }, select: { id: true } })) throw new AppError("username_taken");

  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.staffUser.create({
        data: {
          username,
          displayName,
          role,
          email: placeholderEmail(username),
          mustChangePassword: true,
          divisions: { create: divisions.ids.map((divisionId) => ({ divisionId })) },
        },
        select: { id: true },
      });
      await tx.staffAccount.create({ data: credentialAccount(created.id, passwordHash) });
      await tx.auditLog.create({ data: accountAudit(actor, "staff.created", created.id, { username, role, divisions: divisions.codes }) });
      return created;
    });
    return { id: user.id, username, displayName, role, divisionCodes: divisions.codes, oneTimePassword: password };
  } catch (error) {
    // Two creations of the same name at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new AppError("username_taken");
    throw error;
  }
}
