import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveDatabaseUrl, sqliteFileOf } from "@/lib/db/database-url";
import { itOnSqlite, onPostgres } from "@/test/support/engine";
import { readApplicant } from "@/lib/requests/applicant";
import { fileRequest } from "@/lib/requests/file-request";
import { getTracking } from "@/lib/requests/get-tracking";
import { resealApplicants } from "@/lib/requests/reseal-applicants";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { dataKeyFile, dataKeyring, parseKeyring } from "./data-key";
import { rotateDataKey } from "./rotate-data-key";

// Someone whose details appear nowhere else in the database (the seed has no people).
const person = {
  ...koResident,
  citizenId: "3509901234565",
  nameTh: { prefix: "นางสาว", first: "บุษบาวรรณ", middle: "", last: "ศรีสุวรรณคีรี" },
  nameEn: { prefix: "Miss", first: "Busabawan", middle: "", last: "Srisuwankiri" },
  address: { ...koResident.address, houseNo: "471/9", text: "471/9 หมู่ที่ 8 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน" },
  phone: "0897776655",
};

async function file(who = person) {
  return fileRequest({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "counter",
    applicant: who,
    identity: { source: "typed", detail: "typed at the counter" },
    answers: { problemType: "road", location: "ซอย 2 หมู่ 5" },
    idempotencyKey: null,
    actor: { type: "staff", label: "test" },
  });
}

const stored = async (reference: string) => (await db.request.findUniqueOrThrow({ where: { reference }, select: { applicant: true } })).applicant;
const databaseFile = () => sqliteFileOf(resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()), "this test");

beforeAll(async () => {
  // As `npm start` leaves it (scripts/setup/migrate-database.ts): the WAL is searched too.
  if (!onPostgres) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await seedDatabase(db);
});

describe("applicant records at rest", () => {
  // SQLite only (here and below): the database file and WAL are searched and their modes checked; PostgreSQL's live on its server.
  itOnSqlite("leave none of the person's citizen ID, name, address or phone in the database file or its WAL", async () => {
    const filed = await file();
    const bytes = Buffer.concat([fs.readFileSync(databaseFile()), fs.readFileSync(`${databaseFile()}-wal`)]);
    for (const text of [person.citizenId, person.nameTh.first, person.nameTh.last, person.nameEn.first, person.nameEn.last, person.address.text, "471/9", person.phone]) {
      expect(bytes.includes(Buffer.from(text, "utf8")), text).toBe(false);
    }
    // ...and staff still see them: the record opens with the key.
    const opened = readApplicant(await stored(filed.reference), filed.reference);
    expect(opened.success && opened.data.citizenId).toBe(person.citizenId);
    expect((await getTracking(filed.trackingToken))?.maskedName.th).toMatch(/^นางสาว บ\*+ ศ\*+$/);
  });

  itOnSqlite("keeps the database, its WAL and the key file private to the server's user", async () => {
    await file();
    for (const each of [databaseFile(), `${databaseFile()}-wal`, `${databaseFile()}-shm`, dataKeyFile()]) {
      expect((fs.statSync(each).mode & 0o777).toString(8), each).toBe("600");
    }
    expect((fs.statSync(path.dirname(dataKeyFile())).mode & 0o777).toString(8)).toBe("700");
  });

  it("refuses a record whose bytes were changed, or that was moved to another request", async () => {
    const first = await file();
    const second = await file({ ...koResident, phone: "0812345678" });
    const sealed = await stored(first.reference);
    const secondSealed = await stored(second.reference);
    const flipped = sealed.slice(0, -6) + (sealed.at(-6) === "A" ? "B" : "A") + sealed.slice(-5);
    expect(readApplicant(flipped, first.reference)).toEqual({ success: false, reason: "unreadable" });
    // Swapping two people's records between rows is refused too: each is bound to its reference.
    await db.$executeRaw`UPDATE "Request" SET "applicant" = ${sealed} WHERE "reference" = ${second.reference}`;
    expect(readApplicant(await stored(second.reference), second.reference)).toEqual({ success: false, reason: "unreadable" });
    expect((await getTracking(second.trackingToken))?.maskedName).toEqual({ th: "", en: "" });
    await db.$executeRaw`UPDATE "Request" SET "applicant" = ${secondSealed} WHERE "reference" = ${second.reference}`;
  });

  it("seals records from before encryption, once", async () => {
    const filed = await file();
    await db.$executeRaw`UPDATE "Request" SET "applicant" = ${JSON.stringify(person)} WHERE "reference" = ${filed.reference}`;
    expect((await resealApplicants(db)).resealed).toBeGreaterThanOrEqual(1);
    expect(await stored(filed.reference)).toMatch(/^ko1\./);
    expect((await resealApplicants(db)).resealed).toBe(0);
  });

  it("rotates the key: every record re-encrypted under the new one, the old one dropped, all still open", async () => {
    const filed = await file();
    const oldKey = dataKeyring().current.id;
    const updatedBefore = (await db.request.findUniqueOrThrow({ where: { reference: filed.reference } })).updatedAt;

    const rotation = await rotateDataKey(db, { settleMs: 0 });

    expect(rotation.keptOldKeys).toBe(false);
    expect(rotation.newKey).not.toBe(oldKey);
    const keyring = parseKeyring(fs.readFileSync(dataKeyFile(), "utf8"), "key file");
    expect([...keyring.keys.keys()]).toEqual([rotation.newKey]);
    expect((fs.statSync(dataKeyFile()).mode & 0o777).toString(8)).toBe("600");
    const rows = await db.request.findMany({ select: { reference: true, applicant: true } });
    for (const row of rows) {
      expect(row.applicant.startsWith(`ko1.${rotation.newKey}.`), row.reference).toBe(true);
      expect(readApplicant(row.applicant, row.reference).success, row.reference).toBe(true);
    }
    // Re-encrypting is not a change to the request: the board's order stays.
    expect((await db.request.findUniqueOrThrow({ where: { reference: filed.reference } })).updatedAt).toEqual(updatedBefore);
    // New filings use the new key.
    const after = await file();
    expect(await stored(after.reference)).toMatch(new RegExp(`^ko1\\.${rotation.newKey}\\.`));
  });
});
