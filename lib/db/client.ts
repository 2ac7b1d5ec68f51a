import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresClient } from "./generated-pg/client";
import { resolveDatabaseUrl, type DatabaseKind } from "./database-url";
import { ensurePrivateDatabaseFile } from "./private-files";
import { guardTransactions, type GuardedFactory, type RawSql } from "./transaction-guard";
import { databaseFilesWritable } from "./writable-files";

export type Database = PrismaClient;

/** How long a writer waits for SQLite's lock before giving up (busy timeout). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * The longest a transaction waits for its turn on the connection. Prisma gives up on its own
 * after `maxWait` (2 s by default), this only bounds a wait that would otherwise never end.
 */
const TRANSACTION_MAX_WAIT_MS = 10_000;

// Kept on globalThis: Next.js bundles its own copy of this module beside the server's (see
// below), and the health check must probe the connection filings use.
type Guard = { kind: "sqlite"; guarded: GuardedFactory; file: string } | { kind: "postgresql" };
const shared = globalThis as unknown as {
  koDatabaseGuards?: WeakMap<Database, Guard>;
  koDatabases?: Map<string, Database>;
};
const guards = (shared.koDatabaseGuards ??= new WeakMap());

/**
 * The one way the application reaches the database. Callers import `db` and never
 * construct clients or adapters themselves. A postgresql:// URL gets the client generated
 * from prisma/postgresql/schema.prisma: the same models, so the same API, held under the
 * SQLite client's type (the query compiler inside each client is provider-specific).
 */
export function createDatabaseClient(databaseUrl = process.env.DATABASE_URL): Database {
  const location = resolveDatabaseUrl(databaseUrl, process.cwd());
  if (location.kind === "postgresql") {
    const postgres = new PostgresClient({
      adapter: new PrismaPg({ connectionString: location.url }),
      transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
    }) as unknown as Database;
    guards.set(postgres, { kind: "postgresql" });
    return postgres;
  }
  const { url, file } = location;
  ensurePrivateDatabaseFile(file);
  const guarded = guardTransactions(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }), {
    busyTimeoutMs: BUSY_TIMEOUT_MS,
    maxWaitMs: TRANSACTION_MAX_WAIT_MS,
  });
  const client = new PrismaClient({ adapter: guarded.factory });
  guards.set(client, { kind: "sqlite", guarded, file });
  return client;
}

/** Which engine a client talks to, for the few statements that differ (PRAGMAs, VACUUM). */
export function databaseKind(client: Database = instance()): DatabaseKind {
  return guards.get(client)?.kind ?? "sqlite";
}

/**
 * The PostgreSQL URL, for the few tasks that need a connection of their own outside the pool
 * (LISTEN for other processes' messages, the scheduler's leader lock); null on SQLite.
 */
export function postgresConnectionUrl(): string | null {
  const location = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  return location.kind === "postgresql" ? location.url : null;
}

/**
 * Whether a write transaction can start on the client's connection within `timeoutMs`
 * (BEGIN IMMEDIATE; ROLLBACK) and its files can be written: false while another transaction
 * holds the connection too long, another process holds the lock, or a file turned read-only.
 */
export async function canStartWriteTransaction(timeoutMs: number, client: Database = instance()): Promise<boolean> {
  const guard = guards.get(client);
  if (guard?.kind === "postgresql") return canWritePostgres(client, timeoutMs);
  if (!guard || !(await databaseFilesWritable(guard.file))) return false;
  await client.$connect();
  return guard.guarded.canStartWriteTransaction(timeoutMs);
}

/**
 * On SQLite, a transaction of raw SQL straight on the driver adapter (see GuardedFactory);
 * null on PostgreSQL, where the caller uses `db.$transaction` (its pool has no one connection
 * to share). For the few hot paths whose statements are all raw SQL.
 */
export function sqliteRawTransaction(client: Database = instance()): (<T>(work: (sql: RawSql) => Promise<T>) => Promise<T>) | null {
  const guard = guards.get(client);
  if (guard?.kind !== "sqlite") return null;
  return async (work) => {
    await client.$connect();
    return guard.guarded.rawTransaction(work);
  };
}

export type { RawSql };

// One client per process and database, created on first use so that importing this module
// never fails or connects (the build imports it; `npm start` reports a bad DATABASE_URL
// itself). Kept on globalThis because the process holds two copies of this module: the
// server's (kiosk API, Open311) and the one Next.js bundles (pages, actions, health), and
// `next dev` reloads modules on every edit. Two clients would be two SQLite connections
// whose writers wait on each other's file lock while blocking the one event loop.
let client: Database | undefined;

function instance(): Database {
  if (client) return client;
  const { url } = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  const clients = (shared.koDatabases ??= new Map());
  const created = clients.get(url) ?? createDatabaseClient(url);
  clients.set(url, created);
  client = created;
  return created;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = instance();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** A pooled connection free within the time, on a primary that accepts writes (not a standby or read-only). */
async function canWritePostgres(client: Database, timeoutMs: number): Promise<boolean> {
  try {
    return await client.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ writable: boolean }[]>`
          SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' AS "writable"`;
        return row?.writable === true;
      },
      { maxWait: timeoutMs, timeout: timeoutMs },
    );
  } catch {
    return false;
  }
}
