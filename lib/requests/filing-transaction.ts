import { db, sqliteRawTransaction, type RawSql } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** The filing's transaction: its raw SQL, and the Prisma client when a step needs one. */
export type FilingTransaction = { sql: RawSql; prisma: Prisma.TransactionClient | null };

/**
 * Run a filing's statements in one transaction.
 *
 * Profiled under the kiosk bench on SQLite (10 connections): the Prisma client and its query
 * engine took more of the server's CPU per filing than SQLite itself did, for statements that
 * are raw SQL already (filing-store.ts). So on SQLite a filing that needs nothing but raw
 * SQL runs them straight on the driver adapter, under the same lock and BEGIN/COMMIT as
 * Prisma's transactions (lib/db/transaction-guard.ts). A filing that stores attachments or
 * queues mail (`needsPrisma`), and every filing on PostgreSQL, goes through Prisma.
 */
export function inFilingTransaction<T>(needsPrisma: boolean, work: (tx: FilingTransaction) => Promise<T>): Promise<T> {
  const raw = needsPrisma ? null : sqliteRawTransaction();
  if (raw) return raw((sql) => work({ sql, prisma: null }));
  return db.$transaction((prisma) => work({ sql: prisma, prisma }));
}
