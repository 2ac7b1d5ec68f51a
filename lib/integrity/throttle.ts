import { createHmac, randomBytes } from "node:crypto";

/**
 * Per-address limits kept in memory for one hour. The address itself is never kept: only a
 * keyed hash under a random key made at process start and never written anywhere, so the
 * map cannot be turned back into addresses even from a memory dump of a later process.
 */
const HOUR_MS = 60 * 60 * 1000;

export type Throttle = {
  /** Whether another attempt is allowed now; does not count it. */
  allowed(address: string, now?: number): boolean;
  /** Counts one attempt (a wrong code, a submission). */
  count(address: string, now?: number): void;
};

export function addressThrottle(limit: number, windowMs = HOUR_MS, key: Buffer = randomBytes(32)): Throttle {
  const windows = new Map<string, { start: number; count: number }>();
  const id = (address: string) => createHmac("sha256", key).update(address).digest("base64url");
  const current = (address: string, now: number) => {
    const w = windows.get(id(address));
    return w && now - w.start < windowMs ? w : undefined;
  };
  return {
    allowed: (address, now = Date.now()) => (current(address, now)?.count ?? 0) < limit,
    count(address, now = Date.now()) {
      const w = current(address, now);
      if (w) w.count += 1;
      else {
        if (windows.size > 50_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
        windows.set(id(address), { start: now, count: 1 });
      }
    },
  };
}

/** Wrong receipt codes: five an hour per address (a person mistyping does not need more). */
export const receiptThrottle = addressThrottle(5);
/** Submissions: ten an hour per address, as GlobaLeaks suggests. */
export const submissionThrottle = addressThrottle(10);

/** Proof-of-work challenges already spent, forgotten when they would have expired anyway. */
const spent = new Map<string, number>();
export function spendChallenge(challenge: string, now = Date.now(), maxAgeMs = 30 * 60 * 1000): boolean {
  for (const [c, at] of spent) if (now - at > maxAgeMs) spent.delete(c);
  if (spent.has(challenge)) return false;
  spent.set(challenge, now);
  return true;
}
