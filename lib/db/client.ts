import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseUrl } from "./database-url";

export type Database = PrismaClient;

/** How long a writer waits for SQLite's lock before giving up (busy timeout). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * The one way the application reaches the database. Callers import `db` and never
 * construct clients or adapters themselves, so another adapter (PostgreSQL) can be added
 * here later without touching them.
 */
export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL): Database {
  const { url } = resolveDatabaseUrl(databaseUrl, process.cwd());
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process. `next dev` reloads modules on every edit, so there the client is
// kept on globalThis instead of opening a new connection each time.
const globalForDb = globalThis as unknown as { koDatabase?: Database };
export const db: Database = globalForDb.koDatabase ?? createDatabaseClient();
if (process.env.NODE_ENV === "development") globalForDb.koDatabase = db;
