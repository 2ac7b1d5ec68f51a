import { createHmac } from "node:crypto";
import { db, type Database } from "@/lib/db/client";
import { describeError } from "@/lib/errors/describe-error";

/**
 * Fixed-window counters in the database (RateLimitWindow), for limits that several server
 * processes on PostgreSQL must count together. Windows are aligned to multiples of their
 * length, so every process names the same window without asking; one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` adds to it and says the new count (row-locked
 * on PostgreSQL, so parallel hits never both see the same count). Portable SQL: SQLite runs
 * it too, although there the limiters stay in memory (rate-limit.ts says why).
 */

export type Window = { start: number; expiresAt: number };

/** The window holding `now`: from a multiple of `windowMs` to the next. */
export function alignedWindow(now: number, windowMs: number): Window {
  const start = now - (now % windowMs);
  return { start, expiresAt: start + windowMs };
}

/**
 * What the table stores instead of an address, an ID or a challenge: a keyed hash under a key
 * derived from the server's secret and the window's start. The secret is never in the
 * database, and the hash of one window cannot be matched with the next one's.
 */
export function windowKey(secret: Buffer, name: string, raw: string, windowStart: number): string {
  const key = createHmac("sha256", secret).update(`rate-limit-window:${windowStart}`).digest();
  return `${name}:${createHmac("sha256", key).update(raw).digest("base64url")}`;
}

type Executor = Pick<Database, "$queryRaw" | "$executeRaw">;

/** Add `by` to the window's count and return the new count (`by` when the window is new). */
export async function addToWindow(client: Executor, key: string, window: Window, by = 1, now = Date.now()): Promise<number> {
  await pruneWhenDue(client, now);
  const rows = await client.$queryRaw<{ count: bigint | number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${BigInt(window.start)}, ${by}, ${BigInt(window.expiresAt)})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + excluded."count"
    RETURNING "count"`;
  const count = Number(rows[0]!.count);
  if (count === by) pruneAtEnd(client, window.expiresAt);
  return count;
}

/** The window's count so far (0 when nothing was counted), without adding to it. */
export async function readWindow(client: Executor, key: string, window: Window): Promise<number> {
  const rows = await client.$queryRaw<{ count: bigint | number }[]>`
    SELECT "count" FROM "RateLimitWindow" WHERE "key" = ${key} AND "windowStart" = ${BigInt(window.start)}`;
  return rows.length === 0 ? 0 : Number(rows[0]!.count);
}

/** Delete every window that has ended; returns how many rows went. */
export async function pruneWindows(client: Executor = db, now = Date.now()): Promise<number> {
  return client.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "expiresAt" <= ${BigInt(now)}`;
}

// Ended windows count nothing, but their rows are keyed hashes of addresses: they go once a
// minute at most with the next hit (one indexed DELETE), and, so that a quiet hour does not
// keep them, at each window's end by a timer in the process that opened it.
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;
async function pruneWhenDue(client: Executor, now: number): Promise<void> {
  if (Math.abs(now - lastPrune) < PRUNE_EVERY_MS) return;
  lastPrune = now;
  await pruneWindows(client, now);
}

const MAX_TIMER_MS = 2 ** 31 - 1;
const scheduled = new Set<number>();
function pruneAtEnd(client: Executor, expiresAt: number): void {
  if (scheduled.has(expiresAt)) return;
  scheduled.add(expiresAt);
  const delay = Math.min(Math.max(expiresAt - Date.now(), 0) + 1_000, MAX_TIMER_MS);
  setTimeout(() => {
    scheduled.delete(expiresAt);
    pruneWindows(client).catch((error: unknown) => console.error("rate-limit windows: pruning failed:", describeError(error)));
  }, delay).unref();
}
