import { db } from "@/lib/db/client";
import { addressKey } from "./address-key";
import { clearAccount, reserveAccountAttempt, reserveNameAttempt, type Reservation } from "./attempt-reservation";
import { auditAuth } from "./audit";
import { LOCKOUT_MINUTES, minutesLeft } from "./lockout";
import { takeThrottle, throttleGiveBack, throttleKeys, throttleSucceeded } from "./sign-in-throttle";
import { usernameKey } from "./username-key";

/**
 * One sign-in attempt's bookkeeping, before and after the password check, the same for
 * every typed name: the throttle (address and username, then address), then a lockout
 * slot (sign-in-attempt's reservation), and only then may the password be checked.
 *
 * `account` is the active account to check against, or null: a username nobody has and a
 * deactivated one are locked, throttled, hashed and answered exactly like a real one.
 */
type Refused = { status: "locked" | "throttled"; minutesLeft: number };
type Failed = { status: "invalid" } | { status: "locked"; minutesLeft: number };
export type SignInAttempt =
  | Refused
  | {
      status: "check";
      account: { id: number } | null;
      failed(): Promise<Failed>;
      succeeded(outcome: { twoFactor: boolean }): Promise<void>;
    };

const NOBODY = { id: null, username: "" };

export async function beginSignInAttempt(typed: string, address: string, now: Date): Promise<SignInAttempt> {
  const nameHash = usernameKey(typed);
  const user = await db.staffUser.findUnique({ where: { username: typed }, select: { id: true, username: true, active: true, twoFactorEnabled: true } });
  const known = user?.active ? user : null;
  // The audit names a real account; a typed name that is none may be a password, so it never appears.
  const who = user ?? NOBODY;

  const keys = throttleKeys(addressKey(address), nameHash);
  const throttle = await takeThrottle(keys, now);
  if (!throttle.allowed) {
    await auditAuth("staff.sign_in_throttled", who, {});
    return { status: "throttled", minutesLeft: Math.max(1, minutesLeft(throttle.until, now)) };
  }

  const reservation: Reservation = known ? await reserveAccountAttempt(known.id, now) : await reserveNameAttempt(`name:${nameHash}`, now);
  if (!reservation.granted) {
    await throttleGiveBack(keys);
    await auditAuth("staff.sign_in_refused", who, { reason: "locked", minutesLeft: minutesLeft(reservation.lockedUntil, now) });
    return { status: "locked", minutesLeft: Math.max(1, minutesLeft(reservation.lockedUntil, now)) };
  }

  return {
    status: "check",
    account: known && { id: known.id },
    async failed() {
      const reason = !user ? "unknown_username" : user.active ? "wrong_password" : "deactivated";
      await auditAuth(user?.active ? "staff.sign_in_failed" : user ? "staff.sign_in_refused" : "staff.sign_in_failed", who, { reason });
      if (!reservation.locksNow) return { status: "invalid" };
      await auditAuth("staff.locked_out", who, { minutes: LOCKOUT_MINUTES });
      return { status: "locked", minutesLeft: LOCKOUT_MINUTES };
    },
    async succeeded({ twoFactor }) {
      await clearAccount(known!.id);
      await throttleSucceeded(keys);
      // With an authenticator app, sign-in completes (and is audited) at the second step.
      if (!twoFactor) await auditAuth("staff.signed_in", who, { twoFactor: "none" });
    },
  };
}
