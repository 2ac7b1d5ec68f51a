import { symmetricDecrypt } from "better-auth/crypto";
import { db } from "@/lib/db/client";
import { matchingStep } from "./totp-step";

/**
 * A code from the authenticator app works once (RFC 6238 s5.2): before Better Auth checks
 * a code, the time step it belongs to is claimed for the account with one conditional
 * UPDATE (the last used step only moves forward). A code whose step is already used, or an
 * earlier one, answers as a wrong code; two tabs sending one code at once get one sign-in.
 *
 * Returns false when the code is a used one; true otherwise (including a code that matches
 * nothing, which Better Auth then refuses and counts toward the second step's lockout).
 */
export async function claimTotpStep(userId: number, code: string, key: Parameters<typeof symmetricDecrypt>[0]["key"], now: Date): Promise<boolean> {
  const twoFactor = await db.staffTwoFactor.findFirst({ where: { userId }, select: { id: true, secret: true } });
  if (!twoFactor) return true;
  const step = matchingStep(await symmetricDecrypt({ key, data: twoFactor.secret }), code, now);
  if (step === null) return true;
  const claimed = await db.staffTwoFactor.updateMany({ where: { id: twoFactor.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] }, data: { lastUsedStep: step } });
  return claimed.count === 1;
}
