import { db } from "@/lib/db/client";
import { ensureRow } from "./attempt-reservation";

/**
 * The throttle by address, beside the lockout by username. An office's PCs share one
 * address, so the address alone must not be what stops a person: one colleague mistyping
 * their password meets their own account's lockout (5 in a row) and, if they keep going
 * after it, the pair limit (address and username), while everyone else at that address
 * signs in. Only many failing usernames from one address reach the address's ceiling,
 * which is what guessing across usernames looks like; the pair limit keeps one address
 * from guessing one account at the lockout's full pace hour after hour.
 *
 * Attempts are counted before the password is checked (as the lockout counts them), in
 * fixed windows; a successful sign-in gives its attempt back, so a morning of sign-ins
 * from the office counts nothing. The answer says how many minutes are left.
 */
export const PAIR_LIMIT = { attempts: 10, minutes: 60 };
export const ADDRESS_LIMIT = { attempts: 30, minutes: 15 };

export type ThrottleKeys = { pair: string; address: string };
export type ThrottleDecision = { allowed: true } | { allowed: false; until: Date };

/** From keyed hashes of the address (address-key.ts) and of the typed username, never the text. */
export function throttleKeys(addressHash: string, nameHash: string): ThrottleKeys {
  return { pair: `pair:${addressHash} ${nameHash}`, address: `address:${addressHash}` };
}

/** Count one attempt in the key's window; refused (with the window's end) once the limit is reached. */
async function take(key: string, limit: { attempts: number; minutes: number }, now: Date): Promise<ThrottleDecision> {
  await ensureRow(key);
  const windowEnd = new Date(now.getTime() + limit.minutes * 60_000);
  for (let round = 0; round < 3; round += 1) {
    // A window that has passed (or never started) starts again with this attempt.
    const restarted = await db.signInThrottle.updateMany({ where: { key, OR: [{ until: null }, { until: { lte: now } }] }, data: { count: 1, until: windowEnd } });
    if (restarted.count === 1) return { allowed: true };
    const counted = await db.signInThrottle.updateMany({ where: { key, until: { gt: now }, count: { lt: limit.attempts } }, data: { count: { increment: 1 } } });
    if (counted.count === 1) return { allowed: true };
    const row = await db.signInThrottle.findUnique({ where: { key }, select: { until: true } });
    if (row?.until && row.until > now) return { allowed: false, until: row.until };
  }
  return { allowed: false, until: windowEnd };
}

async function giveBack(key: string): Promise<void> {
  await db.signInThrottle.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Both windows, pair first; an attempt refused by the address gives its pair attempt back. */
export async function takeThrottle(keys: ThrottleKeys, now: Date): Promise<ThrottleDecision> {
  await forgetOldRows(now);
  const pair = await take(keys.pair, PAIR_LIMIT, now);
  if (!pair.allowed) return pair;
  const address = await take(keys.address, ADDRESS_LIMIT, now);
  if (!address.allowed) await giveBack(keys.pair);
  return address;
}

/** A successful sign-in: the pair starts afresh, and the address gets this attempt back. */
export async function throttleSucceeded(keys: ThrottleKeys): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keys.pair } });
  await giveBack(keys.address);
}

/** An attempt that was refused before any password check (the account was locked). */
export async function throttleGiveBack(keys: ThrottleKeys): Promise<void> {
  await giveBack(keys.pair);
  await giveBack(keys.address);
}

// Rows of windows and locks long past are noise: swept at most hourly, by whoever signs in.
const SWEEP_MS = 60 * 60_000;
let lastSweep = 0;
async function forgetOldRows(now: Date): Promise<void> {
  if (now.getTime() - lastSweep < SWEEP_MS) return;
  lastSweep = now.getTime();
  await db.signInThrottle.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - 24 * SWEEP_MS) } } });
}
