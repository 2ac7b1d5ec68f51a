import { db } from "@/lib/db/client";
import { AFTER_SUCCESS, afterFailedSignIn, isLocked, MAX_FAILED_SIGN_INS } from "./lockout";

/**
 * A password check is paid for before it runs: each attempt first takes one of the
 * MAX_FAILED_SIGN_INS slots of the username's lockout window with one conditional UPDATE,
 * and the attempt that takes the last slot locks the account there and then. However many
 * attempts arrive at once (or from however many server processes), at most
 * MAX_FAILED_SIGN_INS passwords are checked per window; the rest answer "locked" without
 * a check. A right password gives the slots back (`clearAccount`); a wrong one keeps its
 * slot, so nothing is left to do after a failure and a crash mid-check counts as one.
 *
 * Real accounts keep the count on StaffUser (`npm run staff -- reset` clears it there);
 * a username nobody has (or a deactivated one) keeps it in SignInThrottle under its keyed
 * hash, so it locks and answers exactly like a real one.
 */
export type Reservation = { granted: true; locksNow: boolean } | { granted: false; lockedUntil: Date };

type LockRow = { count: number; until: Date | null };
type LockStore = {
  /** Count this attempt if unlocked and below `below` slots taken; true when it did. */
  take(below: number, now: Date): Promise<boolean>;
  /** Take the last slot: lock until `until` and start the count again; true when it did. */
  lock(atLeast: number, now: Date, until: Date): Promise<boolean>;
  read(): Promise<LockRow | null>;
};

async function reserve(store: LockStore, now: Date): Promise<Reservation> {
  // The attempt that takes the last slot is the one afterFailedSignIn locks on.
  const until = afterFailedSignIn(MAX_FAILED_SIGN_INS, now).lockedUntil!;
  // Three rounds at most: a success elsewhere can reset the count between two statements.
  for (let round = 0; round < 3; round += 1) {
    if (await store.take(MAX_FAILED_SIGN_INS - 1, now)) return { granted: true, locksNow: false };
    if (await store.lock(MAX_FAILED_SIGN_INS - 1, now, until)) return { granted: true, locksNow: true };
    const row = await store.read();
    if (row && isLocked(row.until, now)) return { granted: false, lockedUntil: row.until! };
  }
  return { granted: false, lockedUntil: until };
}

const unlockedAccount = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] });

export function reserveAccountAttempt(userId: number, now: Date): Promise<Reservation> {
  return reserve(
    {
      take: async (below) =>
        (await db.staffUser.updateMany({ where: { id: userId, ...unlockedAccount(now), failedSignIns: { lt: below } }, data: { failedSignIns: { increment: 1 } } }))
          .count === 1,
      lock: async (atLeast, _now, until) =>
        (await db.staffUser.updateMany({ where: { id: userId, ...unlockedAccount(now), failedSignIns: { gte: atLeast } }, data: { failedSignIns: 0, lockedUntil: until } }))
          .count === 1,
      read: async () => {
        const row = await db.staffUser.findUnique({ where: { id: userId }, select: { failedSignIns: true, lockedUntil: true } });
        return row && { count: row.failedSignIns, until: row.lockedUntil };
      },
    },
    now,
  );
}

export async function clearAccount(userId: number): Promise<void> {
  await db.staffUser.update({ where: { id: userId }, data: AFTER_SUCCESS });
}

const unlockedName = (now: Date) => ({ OR: [{ until: null }, { until: { lte: now } }] });

/** The same slots for a username with no active account, keyed by `name:<keyed hash>`. */
export async function reserveNameAttempt(key: string, now: Date): Promise<Reservation> {
  await ensureRow(key);
  return reserve(
    {
      take: async (below) => (await db.signInThrottle.updateMany({ where: { key, ...unlockedName(now), count: { lt: below } }, data: { count: { increment: 1 } } })).count === 1,
      lock: async (atLeast, _now, until) => (await db.signInThrottle.updateMany({ where: { key, ...unlockedName(now), count: { gte: atLeast } }, data: { count: 0, until } })).count === 1,
      read: async () => db.signInThrottle.findUnique({ where: { key }, select: { count: true, until: true } }),
    },
    now,
  );
}

/** A SignInThrottle row to count on (two attempts may both find none: the second create loses harmlessly). */
export async function ensureRow(key: string): Promise<void> {
  try {
    await db.signInThrottle.upsert({ where: { key }, create: { key }, update: {} });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}
