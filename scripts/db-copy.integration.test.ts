import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, db, type Database } from "@/lib/db/client";
import { sqliteAt } from "@/lib/db/database-url";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { onPostgres } from "@/test/support/engine";
import { migrateDatabase } from "./setup/migrate-database";

// Needs both engines: runs in the PostgreSQL pass, copying a SQLite file made here into this
// test file's own (migrated, empty) PostgreSQL database.
const run = promisify(execFile);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ko-db-copy-"));
const sourceFile = path.join(folder, "ko.db");
const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
let source: Database;

beforeAll(async () => {
  if (!onPostgres) return;
  await migrateDatabase(sqliteAt(sourceFile));
  source = createDatabaseClient(`file:${sourceFile}`);
  await seedDatabase(source);
  const service = await source.service.findFirstOrThrow({ orderBy: { id: "asc" } });
  const requests = [1, 2, 3].map((n) => ({
    reference: `KO-2570-00000${n}`,
    fiscalYear: 2570,
    sequence: n,
    trackingToken: `token-${n}`.padEnd(24, "x"),
    serviceId: service.id,
    divisionId: service.divisionId,
    channel: "counter",
    status: "new",
    applicant: "ko1.test.sealed",
    identitySource: "typed",
    dueDate: "2026-12-17",
    latitude: 18.5 + n / 1000,
    createdAt: new Date(`2026-12-0${n}T03:04:05.678Z`),
  }));
  for (const data of requests) await source.request.create({ data });
  await source.counter.create({ data: { key: "reference:2570", value: 3 } });
  await source.integrityRecipient.create({ data: { staffUserId: 1, publicKey: Buffer.from([0, 1, 255]), secretKeyBox: Buffer.alloc(3), pwSalt: Buffer.alloc(2), pwOpsLimit: 2, pwMemLimit: 3 } });
  await source.staffUser.create({ data: { username: "copied.admin", displayName: "Copied", role: "ADMIN", active: false } });
  await source.$disconnect();
  // As a server leaves it: WAL mode, everything checkpointed by the clean close.
});

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(folder, { recursive: true, force: true });
});

const copy = (from: string, to: string) =>
  run(path.resolve("node_modules/.bin/tsx"), ["scripts/db/copy.ts", "--from", from, "--to", to], { encoding: "utf8" }).catch((error: { code: number; stdout: string; stderr: string }) => error);

describe.runIf(onPostgres)("npm run db:copy", () => {
  it("copies every table into an empty PostgreSQL database, counts each, and leaves the source as it was", async () => {
    const before = hash(sourceFile);
    const result = await copy(`file:${sourceFile}`, process.env.DATABASE_URL!);
    expect(result.stdout).toMatch(/copied \d+ rows in \d+ tables/);
    expect(result.stdout).not.toContain("MISMATCH");
    expect(hash(sourceFile)).toBe(before);
    expect(fs.existsSync(`${sourceFile}-wal`) ? fs.statSync(`${sourceFile}-wal`).size : 0).toBe(0);

    // The values survive the change of engine: times (UTC), booleans, bytes, floats.
    const copied = await db.request.findUniqueOrThrow({ where: { reference: "KO-2570-000002" } });
    expect(copied.createdAt.toISOString()).toBe("2026-12-02T03:04:05.678Z");
    expect(copied.latitude).toBe(18.502);
    expect((await db.staffUser.findUniqueOrThrow({ where: { username: "copied.admin" } })).active).toBe(false);
    expect([...(await db.integrityRecipient.findFirstOrThrow()).publicKey]).toEqual([0, 1, 255]);
    expect(await db.division.count()).toBeGreaterThan(0);
    expect((await db.counter.findUniqueOrThrow({ where: { key: "reference:2570" } })).value).toBe(3);

    // Sequences moved past the copied ids: the next row gets a new id, not a duplicate key.
    const last = await db.request.findFirstOrThrow({ orderBy: { id: "desc" } });
    const next = await db.request.create({ data: { ...withoutId(last), reference: "KO-2570-000004", trackingToken: "token-4".padEnd(24, "x"), sequence: 4 } });
    expect(next.id).toBe(last.id + 1);
  });

  it("refuses a target that already holds rows, and changes nothing there", async () => {
    const before = await db.request.count();
    const result = await copy(`file:${sourceFile}`, process.env.DATABASE_URL!);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toMatch(/already holds rows/);
    expect(await db.request.count()).toBe(before);
  });
});

function withoutId<T extends { id: number }>(row: T): Omit<T, "id"> {
  const { id: _id, ...rest } = row;
  return rest;
}
