import { databaseKind, db, type Database } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { appSecret } from "./app-secret";
import { memoryWindows } from "./rate-limit-memory";
import { addToWindow, alignedWindow, windowKey } from "./rate-limit-windows";

export type RateLimit = {
  /** Names the limit in the database's keys ("online-filings-address"), so two never share a count. */
  name: string;
  limit: number;
  windowMs: number;
  /** Another client than the application's (a test's second "process"). */
  client?: Database;
};

/** Counts `by` uses (one by default) against the key; true while the window's total is within the limit. */
export type Allow = (key: string, now?: number, by?: number) => Promise<boolean>;

/**
 * A fixed-window limiter for unauthenticated endpoints (the limits are generous and only
 * there to stop floods, not to meter honest use). Every hit counts, refused ones too.
 *
 * On SQLite one process serves everything, so the windows stay in its memory and a request
 * costs no write. On PostgreSQL several processes may share the database, and a limit kept
 * in one of them would multiply by their number: the windows are rows there
 * (rate-limit-windows.ts), one atomic upsert per hit, under a keyed hash of the key.
 */
export function rateLimiter(options: RateLimit): Allow {
  const add = memoryWindows(options.windowMs);
  return async (key, now = Date.now(), by = 1) => {
    if (!sharedAcrossProcesses(options.client)) return add(key, by, now) <= options.limit;
    const window = alignedWindow(now, options.windowMs);
    return (await addToWindow(options.client ?? db, windowKey(appSecret(), options.name, key, window.start), window, by, now)) <= options.limit;
  };
}

/**
 * Whether limits must live in the database: on PostgreSQL (several processes may serve), not
 * on SQLite (one process). Read from the URL, so deciding opens no connection and makes no file.
 */
export function sharedAcrossProcesses(client?: Database): boolean {
  if (client) return databaseKind(client) === "postgresql";
  return resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()).kind === "postgresql";
}
