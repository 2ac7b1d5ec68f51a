import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { WriteLock } from "./write-lock";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["executeRaw"]>[0];

/**
 * Tagged-template raw SQL, as Prisma's `$queryRaw`/`$executeRaw` take it (values become
 * parameters; T is the rows' array type), so a Prisma transaction client is one too.
 */
export type RawSql = {
  $queryRaw<T = unknown>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRaw(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
};

export type GuardedFactory = {
  factory: Factory;
  /** True when this connection can take SQLite's write lock within `timeoutMs` (and let it go). */
  canStartWriteTransaction(timeoutMs: number): Promise<boolean>;
  /**
   * A transaction of raw SQL sent straight to the driver adapter, with the same lock, BEGIN,
   * COMMIT and ROLLBACK as Prisma's transactions here, but no Prisma client in between
   * (its query engine costs more than SQLite itself on the kiosk's filing: lib/requests/filing-transaction.ts).
   */
  rawTransaction<T>(work: (sql: RawSql) => Promise<T>): Promise<T>;
};

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });
const BEGIN = statement("BEGIN");
const COMMIT = statement("COMMIT");
const ROLLBACK = statement("ROLLBACK");

/**
 * Transactions for @prisma/adapter-better-sqlite3 (6.19) that cannot wedge the connection.
 *
 * The adapter serialises transactions with a mutex that only its `commit()`/`rollback()`
 * release, while Prisma first sends the COMMIT or ROLLBACK as SQL and calls those only if the
 * SQL succeeded. When a write fails with a disk error (SQLITE_IOERR, SQLITE_FULL) SQLite
 * rolls the whole transaction back itself, so Prisma's ROLLBACK then fails with "no
 * transaction is active", the mutex is never released, and every later transaction waits
 * for it for ever, while plain queries (health, nonces) still work. Here we take our own
 * lock, send BEGIN/COMMIT/ROLLBACK ourselves (Prisma's "phantom query" mode), and release
 * the lock whatever the outcome. Waiting for the lock is bounded as well.
 */
export function guardTransactions(factory: Factory, options: { busyTimeoutMs: number; maxWaitMs: number }): GuardedFactory {
  const lock = new WriteLock();
  let connected: Adapter | undefined;
  const connect = factory.connect.bind(factory);
  Object.assign(factory, {
    connect: async () => {
      connected = withSafeTransactions(await connect(), lock, options.maxWaitMs);
      return connected;
    },
  });

  return {
    factory,
    async canStartWriteTransaction(timeoutMs) {
      if (!connected) return false;
      const adapter = connected;
      let release: () => void;
      try {
        release = await lock.acquire(timeoutMs);
      } catch {
        return false;
      }
      try {
        // Sent back to back without awaiting in between (better-sqlite3 runs each statement
        // synchronously when it is called), so no other query on this one connection can
        // land inside the probe's transaction and be rolled back with it. The short busy
        // timeout keeps a lock held by another process from stalling the server for long.
        const settled = await Promise.allSettled([
          adapter.queryRaw(statement(`PRAGMA busy_timeout = ${Math.round(timeoutMs)}`)),
          adapter.executeRaw(statement("BEGIN IMMEDIATE")),
          adapter.executeRaw(ROLLBACK),
          adapter.queryRaw(statement(`PRAGMA busy_timeout = ${options.busyTimeoutMs}`)),
        ]);
        return settled.every((result) => result.status === "fulfilled");
      } finally {
        release();
      }
    },
    async rawTransaction(work) {
      if (!connected) throw new Error("rawTransaction before the client connected");
      const adapter = connected;
      const tx = await adapter.startTransaction();
      let result;
      try {
        result = await work(rawSql(adapter));
      } catch (error) {
        await tx.rollback();
        throw error;
      }
      await tx.commit();
      return result;
    },
  };
}

/** Values are bound as Prisma binds them (the adapter maps dates and booleans alike). */
function rawSql(adapter: Adapter): RawSql {
  const query = (strings: TemplateStringsArray, values: unknown[]): Query => ({
    sql: strings.join("?"),
    args: values,
    argTypes: values.map(() => ({ scalarType: "unknown", arity: "scalar" }) as Query["argTypes"][number]),
  });
  return {
    async $queryRaw<T>(strings: TemplateStringsArray, ...values: unknown[]) {
      const result = await adapter.queryRaw(query(strings, values));
      return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]]))) as T;
    },
    $executeRaw: (strings, ...values) => adapter.executeRaw(query(strings, values)),
  };
}

function withSafeTransactions(adapter: Adapter, lock: WriteLock, maxWaitMs: number): Adapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    // SQLite only has SERIALIZABLE; the adapter words the refusal of any other level.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startTransaction(isolationLevel);
    const release = await lock.acquire(maxWaitMs);
    try {
      await adapter.executeRaw(BEGIN);
    } catch (error) {
      release();
      throw error;
    }
    return transaction(adapter, release);
  };
  return adapter;
}

function transaction(adapter: Adapter, release: () => void): Transaction {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: true },
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    async commit() {
      try {
        await adapter.executeRaw(COMMIT);
      } catch (error) {
        // A failed COMMIT may leave the transaction open: end it so the next one can begin.
        await adapter.executeRaw(ROLLBACK).catch(() => undefined);
        throw error;
      } finally {
        release();
      }
    },
    async rollback() {
      try {
        await adapter.executeRaw(ROLLBACK);
      } catch (error) {
        // SQLite already rolled it back after a disk error: the rollback has happened.
        if (!(error instanceof Error && /no transaction is active/.test(error.message))) throw error;
      } finally {
        release();
      }
    },
  };
}
