import { afterAll, describe, expect, it } from "vitest";
import { itOnSqlite, onPostgres } from "@/test/support/engine";
import { canStartWriteTransaction, db } from "./client";

afterAll(() => db.$disconnect());

/** Fails the test instead of hanging. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  const limit = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms));
  return Promise.race([work, limit]);
}

const writeAudit = (detail: string) =>
  db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "AuditLog" ("actorType", "action", "detail") VALUES ('system', 'test.write', ${detail})`;
  });

describe("database transactions", () => {
  // SQLite only (this and the next): they make SQLite fail a write (max_page_count) or a COMMIT
  // (defer_foreign_keys) to test lib/db/transaction-guard.ts, which wraps only the SQLite adapter.
  itOnSqlite("start again after SQLite rolled one back itself on a disk error", async () => {
    // SQLITE_FULL from a plain INSERT makes SQLite end the transaction on its own, so the
    // ROLLBACK that follows fails: the case that used to keep the adapter's lock for ever.
    await db.$executeRawUnsafe("VACUUM");
    const [pages] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages!.page_count}`);
    try {
      await expect(within(5_000, writeAudit("x".repeat(20_000)))).rejects.toThrow(/full/);
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }
    await within(5_000, writeAudit("{}"));
    await within(5_000, writeAudit("{}"));
    expect(await db.auditLog.count({ where: { action: "test.write" } })).toBe(2);
  });

  itOnSqlite("start again after a COMMIT failed", async () => {
    // A deferred foreign key is checked at COMMIT, which then fails with the transaction open.
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.$executeRaw`INSERT INTO "AuditLog" ("actorType", "actorId", "action") VALUES ('staff', 999999, 'test.orphan')`;
    });
    await expect(within(5_000, failing)).rejects.toThrow(/foreign ?key/i);
    await within(5_000, writeAudit("{}"));
    expect(await db.auditLog.count({ where: { action: "test.orphan" } })).toBe(0);
  });

  // SQLite only: there one connection serves every transaction, so one held too long keeps
  // the probe out; PostgreSQL's pool gives the probe a connection of its own
  // (lib/health/check-health.integration.test.ts tests its read-only answer).
  itOnSqlite("probe the write lock without keeping anyone's write out", async () => {
    expect(await canStartWriteTransaction(500)).toBe(true);
    // A transaction holding the connection past the probe's patience: not writable now.
    let finish!: () => void;
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const held = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1`;
      const done = new Promise<void>((resolve) => (finish = resolve));
      opened();
      await done;
    });
    // Wait for the transaction itself, not a fixed 50 ms: on a busy CI machine it had not begun yet.
    await open;
    expect(await canStartWriteTransaction(200)).toBe(false);
    finish();
    await held;
    // Writes made beside a probe are kept (the probe rolls back only its own transaction).
    const [probe, write] = await Promise.all([
      canStartWriteTransaction(500),
      db.auditLog.create({ data: { actorType: "system", action: "test.beside-probe" } }),
    ]);
    expect(probe).toBe(true);
    expect(await db.auditLog.count({ where: { id: write.id } })).toBe(1);
  });

  it.runIf(onPostgres)("probe PostgreSQL beside a long transaction, keeping writes made beside it", async () => {
    let finish!: () => void;
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const held = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1`;
      const done = new Promise<void>((resolve) => (finish = resolve));
      opened();
      await done;
    });
    // Wait for the transaction itself, not a fixed 50 ms: on a busy CI machine it had not begun yet.
    await open;
    const [probe, write] = await Promise.all([
      canStartWriteTransaction(500),
      db.auditLog.create({ data: { actorType: "system", action: "test.beside-probe" } }),
    ]);
    finish();
    await held;
    expect(probe).toBe(true);
    expect(await db.auditLog.count({ where: { id: write.id } })).toBe(1);
  });
});
