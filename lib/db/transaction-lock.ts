import { databaseKind } from "./client";
import type { Prisma } from "./generated/client";

/**
 * Make transactions that check something and then write on the strength of it take turns
 * per `key`. SQLite already runs one write transaction at a time; PostgreSQL (READ
 * COMMITTED) would let two both pass the check, so there a transaction-scoped advisory lock
 * on the key's hash is taken, released by COMMIT or ROLLBACK.
 */
export async function lockForTransaction(tx: Prisma.TransactionClient, key: string): Promise<void> {
  if (databaseKind() !== "postgresql") return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
