import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseUrl } from "./database-url";
import { ensurePrivateDatabaseFile } from "./private-files";

export type Database = PrismaClient;

/** How long a writer waits for SQLite's lock before giving up (busy timeout). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * The one way the application reaches the database. Callers import `db` and never
 * construct clients or adapters themselves, so another adapter (PostgreSQL) can be added
 * here later without touching them.
 */
export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL): Database {
  const { url, file } = resolveDatabaseUrl(databaseUrl, process.cwd());
  ensurePrivateDatabaseFile(file);
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process, created on first use so that importing this module never
// fails or connects (the build imports it; `npm start` reports a bad DATABASE_URL itself).
// `next dev` reloads modules on every edit, so there the client is kept on globalThis.
const globalForDb = globalThis as unknown as { koDatabase?: Database };
let client: Database | undefined;

function instance(): Database {
  client ??= globalForDb.koDatabase ?? createDatabaseClient();
  if (process.env.NODE_ENV === "development") globalForDb.koDatabase = client;
  return client;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = instance();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
