import { execFileSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { onPostgres } from "@/test/support/engine";
import { koResident, makeKiosk, signedFiling, type TestKiosk } from "@/test/support/kiosk-device";
import type { FilingRequest } from "./contract";
import { routeKioskApi } from "./kiosk-api";

// SQLite only, the whole file: it fills SQLite's pages (max_page_count) and makes its files
// immutable (chattr), faults of a file this process writes; PostgreSQL's are its server's.
// Production runs the database in WAL mode (scripts/setup/migrate-database.ts): so does this
// test, set before the application's connection opens.
const file = onPostgres ? "" : process.env.DATABASE_URL!.slice("file:".length);
if (!onPostgres) {
  const setup = new Database(file);
  setup.pragma("journal_mode = WAL");
  setup.close();
}

let kiosk: TestKiosk;
beforeAll(async () => {
  await seedDatabase(db);
  kiosk = await makeKiosk("Counter 1");
});
afterAll(() => db.$disconnect());

/** A filing as the kiosk page posts it; fails the test instead of hanging. */
async function post(body: FilingRequest) {
  const reply = routeKioskApi({
    method: "POST",
    path: "/api/kiosk/requests",
    origin: undefined,
    host: "ko.example",
    contentType: "application/json",
    client: "127.0.0.1",
    body: JSON.stringify(body),
  });
  const limit = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the filing got no answer within 8 s")), 8_000));
  return (await Promise.race([reply, limit]))!;
}

const chattr = (flag: "+i" | "-i", ...files: string[]) => execFileSync("chattr", [flag, ...files], { stdio: "pipe" });

/** chattr needs root (CAP_LINUX_IMMUTABLE) and a file system that keeps the flag (ext4, not overlayfs). */
function canMakeImmutable(): boolean {
  const probe = `${file}.chattr-probe`;
  fs.writeFileSync(probe, "");
  try {
    chattr("+i", probe);
    chattr("-i", probe);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

describe.skipIf(onPostgres)("a write that fails at the disk", () => {
  it("answers that filing with the JSON error, and the next filing files (disk full)", async () => {
    // A card whose address does not fit in the pages the database already has, so the
    // filing must grow the file, which the page limit then refuses (SQLITE_FULL).
    const longAddress = "บ้านเลขที่ 99/1 หมู่ที่ 3 ตำบลก้อ ".repeat(120);
    const card = { ...koResident, address: { ...koResident.address, text: longAddress } };
    const faulted = await signedFiling(kiosk, { card });
    await db.$executeRawUnsafe("VACUUM");
    const [pages] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages!.page_count}`);
    try {
      const failed = await post(faulted);
      expect(failed).toEqual({ status: 500, body: { error: { code: "server_error" } } });
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }

    expect((await post(await signedFiling(kiosk))).status).toBe(201);
    // The failed filing was not half-written: its retry files it whole.
    expect((await post(faulted)).status).toBe(201);
    expect(await checkHealth()).toMatchObject({ status: "ok", database: "ok" });
  });

  // Outside CI a developer without root or on overlayfs skips this; in CI it must run.
  const immutable = !onPostgres && canMakeImmutable();
  const inCi = process.env.CI === "true" || process.env.CI === "1";
  if (!immutable && !inCi && !onPostgres) console.warn("[write fault] skipped: chattr +i needs root and ext4");
  it.runIf(immutable || inCi)("answers with the JSON error while the files are immutable, health says so, and filing resumes after", async () => {
    if (!immutable) throw new Error("CI must be able to run chattr +i on the test database (root, ext4)");
    expect((await post(await signedFiling(kiosk))).status).toBe(201); // the WAL file exists now
    const files = [file, `${file}-wal`];
    const faulted = await signedFiling(kiosk);
    chattr("+i", ...files);
    try {
      const failed = await post(faulted);
      expect(failed).toEqual({ status: 500, body: { error: { code: "server_error" } } });
      expect(await checkHealth()).toMatchObject({ status: "unavailable", database: "read_only" });
    } finally {
      chattr("-i", ...files);
    }

    expect(await checkHealth()).toMatchObject({ status: "ok", database: "ok" });
    expect((await post(await signedFiling(kiosk))).status).toBe(201);
    expect((await post(faulted)).status).toBe(201);
  });
});
