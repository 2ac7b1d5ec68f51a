import { createHmac, randomBytes } from "node:crypto";
import { db, type Database } from "@/lib/db/client";
import { sharedAcrossProcesses } from "@/lib/security/rate-limit";
import { addToWindow, alignedWindow, readWindow, windowKey } from "@/lib/security/rate-limit-windows";
import { challengeIssuedAt, POW_MAX_AGE_MS } from "./proof-of-work";
import { integritySubkey } from "./secrets";

/**
 * Per-address limits for at most one hour. The address itself is never kept, nor logged.
 *
 * On SQLite (one process) the counts stay in memory under a keyed hash with a random key
 * made at process start and never written anywhere, so the map cannot be turned back into
 * addresses even from a memory dump of a later process.
 *
 * On PostgreSQL several processes must count together, so the counts are rows
 * (RateLimitWindow) under a keyed hash whose key is derived from the server secret and the
 * window's start: the key is never stored with the rows, and a row is deleted once its
 * window ends (rate-limit-windows.ts), so none outlives the hour it counts for.
 */
const HOUR_MS = 60 * 60 * 1000;

export type Throttle = {
  /** Whether another attempt is allowed now; does not count it. */
  allowed(address: string, now?: number): Promise<boolean>;
  /** Counts one attempt (a wrong code, a submission). */
  count(address: string, now?: number): Promise<void>;
};

export type ThrottleOptions = {
  /** Names the throttle in the database's keys, so two never share a count. */
  name: string;
  limit: number;
  windowMs?: number;
  /** The in-memory map's key (tests fix it). */
  key?: Buffer;
  /** Another client than the application's (a test's second "process"). */
  client?: Database;
};

export function addressThrottle(options: ThrottleOptions): Throttle {
  const { limit, windowMs = HOUR_MS } = options;
  // Rows must be gone within the hour: a longer window would keep them longer.
  if (!(windowMs > 0 && windowMs <= HOUR_MS)) throw new Error("an integrity throttle's window is at most an hour");
  const memory = memoryThrottle(limit, windowMs, options.key ?? randomBytes(32));
  const stored = (now: number) => {
    const window = alignedWindow(now, windowMs);
    return { window, id: (address: string) => windowKey(integritySubkey("throttle"), `integrity-${options.name}`, address, window.start) };
  };
  return {
    async allowed(address, now = Date.now()) {
      if (!sharedAcrossProcesses(options.client)) return memory.allowed(address, now);
      const { window, id } = stored(now);
      return (await readWindow(options.client ?? db, id(address), window)) < limit;
    },
    async count(address, now = Date.now()) {
      if (!sharedAcrossProcesses(options.client)) return memory.count(address, now);
      const { window, id } = stored(now);
      await addToWindow(options.client ?? db, id(address), window, 1, now);
    },
  };
}

function memoryThrottle(limit: number, windowMs: number, key: Buffer) {
  const windows = new Map<string, { start: number; count: number }>();
  const id = (address: string) => createHmac("sha256", key).update(address).digest("base64url");
  const current = (address: string, now: number) => {
    const w = windows.get(id(address));
    return w && now - w.start < windowMs ? w : undefined;
  };
  return {
    allowed: (address: string, now: number) => (current(address, now)?.count ?? 0) < limit,
    count(address: string, now: number) {
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
export const receiptThrottle = addressThrottle({ name: "receipt", limit: 5 });
/** Submissions: ten an hour per address, as GlobaLeaks suggests. */
export const submissionThrottle = addressThrottle({ name: "submission", limit: 10 });

/**
 * Proof-of-work challenges already spent, forgotten when they would have expired anyway. On
 * PostgreSQL a row per spent challenge (its keyed hash, counted once in a window from its
 * issue to its expiry), so another process refuses it too.
 */
const spent = new Map<string, number>();
export async function spendChallenge(challenge: string, now = Date.now(), maxAgeMs = POW_MAX_AGE_MS, client?: Database): Promise<boolean> {
  if (!sharedAcrossProcesses(client)) {
    for (const [c, at] of spent) if (now - at > maxAgeMs) spent.delete(c);
    if (spent.has(challenge)) return false;
    spent.set(challenge, now);
    return true;
  }
  const issued = challengeIssuedAt(challenge);
  if (issued === null) return false;
  const window = { start: issued, expiresAt: issued + maxAgeMs };
  return (await addToWindow(client ?? db, windowKey(integritySubkey("throttle"), "integrity-challenge", challenge, issued), window, 1, now)) === 1;
}
