/**
 * Sign-in lockout, as pure rules: after MAX_FAILED_SIGN_INS wrong passwords in a row for a
 * username, that account refuses sign-in for LOCKOUT_MINUTES. A success resets the count;
 * so does a lock (the next window starts afresh) and `npm run staff -- reset`.
 *
 * This counts per account (and per typed name with no account, so both answer alike),
 * which is what stops someone guessing one officer's password from many machines;
 * sign-in-throttle.ts counts per address.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type LockoutState = { failedSignIns: number; lockedUntil: Date | null };

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Whole minutes left, rounded up (so "1 minute" until the lock has really ended). */
export function minutesLeft(lockedUntil: Date | null, now: Date): number {
  if (!isLocked(lockedUntil, now)) return 0;
  return Math.ceil((lockedUntil!.getTime() - now.getTime()) / 60_000);
}

/**
 * The state after one more attempt is counted (attempt-reservation.ts counts each before its
 * password check). `failedSignIns` is the count including this one; at the limit the
 * account locks and the count starts again.
 */
export function afterFailedSignIn(failedSignIns: number, now: Date): LockoutState & { lockedNow: boolean } {
  if (failedSignIns >= MAX_FAILED_SIGN_INS) {
    return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000), lockedNow: true };
  }
  return { failedSignIns, lockedUntil: null, lockedNow: false };
}

export const AFTER_SUCCESS: LockoutState = { failedSignIns: 0, lockedUntil: null };
