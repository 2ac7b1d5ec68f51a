import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseUrl, sqliteFileOf } from "@/lib/db/database-url";
import { itOnSqlite, onPostgres } from "@/test/support/engine";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { photoWithGps } from "@/test/support/test-files";
import { integrityFolder } from "./config";
import { expireReports, extendExpiry, moveReport } from "./lifecycle";
import { solveChallenge } from "./proof-of-work";
import { askReporter, listReportsFor, openAsRecipient, readFileAsRecipient, unlockRecipient } from "./recipient-access";
import type { UnlockedRecipient } from "./recipient-keys";
import { addRecipient } from "./recipients";
import { addFilesAsReporter, openAsReporter, readFileAsReporter, replyAsReporter } from "./reporter-access";
import { sodium } from "./sodium";
import { issueSubmissionChallenge, submitReport, type SubmitInput } from "./submit-report";

const PHRASE = "ปลัดรับเงินสดสามแสนบาทที่ร้านกาแฟหลังตลาด-QX7Z"; // unique: searched for in the bytes
const FILE_PHRASE = "INVOICE-FAKE-CONTRACT-93817-ZEBRA";
const DAY = 24 * 60 * 60 * 1000;
let address = 0;
const client = () => `198.51.100.${++address}`;

function pdfWith(text: string, padTo = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n`;
  return Buffer.concat([Buffer.from(body), Buffer.alloc(Math.max(0, padTo - body.length), 0x20), Buffer.from("\n%%EOF\n")]);
}

function input(overrides: Partial<SubmitInput> & { content?: Record<string, unknown> } = {}): SubmitInput {
  const challenge = issueSubmissionChallenge();
  return {
    client: client(),
    challenge,
    nonce: solveChallenge(challenge),
    ...overrides,
    content: { category: "bribery", what: PHRASE, when: "มีนาคม", where: "ตลาด", who: "ปลัด", identity: { mode: "anonymous" }, ...overrides.content },
  };
}

async function staff(username: string) {
  return db.staffUser.create({ data: { username, displayName: username, role: "OFFICER", email: `${username}@staff.invalid` } });
}

const passwords = { palad: "palad recipient pass 1", finance: "finance recipient pass 2", mayor: "mayor recipient pass 3", excluded: "excluded recipient pass 4" };
const who: Record<keyof typeof passwords, UnlockedRecipient> = {} as never;
const ids: Record<string, number> = {};

beforeAll(async () => {
  await seedDatabase(db);
  const divisions: Record<keyof typeof passwords, string | undefined> = { palad: "PALAD", finance: "FINANCE", mayor: undefined, excluded: undefined };
  for (const name of Object.keys(passwords) as (keyof typeof passwords)[]) {
    const user = await staff(`ir-${name}`);
    const added = await addRecipient({ username: user.username, divisionCode: divisions[name], password: passwords[name] });
    if (!added.ok) throw new Error(added.code);
    ids[name] = added.recipientId;
    who[name] = (await unlockRecipient(user.id, passwords[name]))!;
  }
}, 60_000);
afterAll(() => db.$disconnect());

describe("the corruption-report channel", () => {
  it("seals to the chosen recipients only: not the excluded, not the accused division", async () => {
    const filed = await submitReport(input({ excludedRecipientIds: [ids.excluded!], content: { accusedDivisionCode: "FINANCE" } }));
    if (!filed.ok) throw new Error(filed.code);
    expect(filed.receiptCode).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const keys = await db.integrityReportKey.findMany({ where: { reportId: filed.reportId } });
    expect(keys.map((k) => k.recipientId).sort()).toEqual([ids.palad, ids.mayor].sort());
    expect((await openAsRecipient(who.palad, filed.reportId))?.content.what).toBe(PHRASE);
    expect(await openAsRecipient(who.finance, filed.reportId)).toBeNull();
    expect(await openAsRecipient(who.excluded, filed.reportId)).toBeNull();
    // Even someone who copies another report's sealed key row cannot open it with their own secret key.
    await db.integrityReportKey.create({ data: { reportId: filed.reportId, recipientId: ids.finance!, sealedKey: keys[0]!.sealedKey } });
    expect(await openAsRecipient(who.finance, filed.reportId)).toBeNull();
    expect((await listReportsFor(who.excluded)).map((r) => r.id)).not.toContain(filed.reportId);
  });

  it("stays apart from ordinary requests: no request, event, mail or ordinary audit row comes of a report", async () => {
    const before = await Promise.all([db.request.count(), db.requestEvent.count(), db.auditLog.count(), db.mailMessage.count()]);
    const filed = await submitReport(input());
    expect(filed.ok).toBe(true);
    expect(await Promise.all([db.request.count(), db.requestEvent.count(), db.auditLog.count(), db.mailMessage.count()])).toEqual(before);
  });

  it("refuses a wrong recipient password and a report with no one left to read it", async () => {
    const user = await db.staffUser.findUniqueOrThrow({ where: { username: "ir-palad" } });
    expect(await unlockRecipient(user.id, "not the password at all")).toBeNull();
    const none = await submitReport(input({ chosenRecipientIds: [ids.finance!], content: { accusedDivisionCode: "FINANCE" } }));
    expect(none).toEqual({ ok: false, code: "noRecipient" });
  });

  // SQLite only: it searches the database file and its WAL byte by byte, which PostgreSQL keeps on its server.
  itOnSqlite("keeps no plaintext of a report or its file in the database, its WAL or the file folder", async () => {
    const photo = await photoWithGps();
    const filed = await submitReport(input({ content: { identity: { mode: "confidential", contact: { name: "นางสาวผู้แจ้ง ลับมาก", phone: "0899999999" } } }, files: [{ bytes: pdfWith(FILE_PHRASE), name: `${FILE_PHRASE}.pdf` }, { bytes: photo, name: "IMG_1.jpg" }] }));
    if (!filed.ok) throw new Error(filed.code);
    const file = sqliteFileOf(resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()), "this test");
    const haystacks = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
    haystacks.push(...fs.readdirSync(integrityFolder()).map((f) => fs.readFileSync(`${integrityFolder()}/${f}`)));
    expect(haystacks.length).toBeGreaterThan(2);
    for (const bytes of haystacks) {
      for (const needle of [PHRASE, FILE_PHRASE, "ผู้แจ้ง ลับมาก", "0899999999", "TestCam"]) expect(bytes.includes(Buffer.from(needle))).toBe(false);
    }
    // The recipient gets the file back, and the photo without its camera or GPS.
    const opened = (await openAsRecipient(who.mayor, filed.reportId))!;
    expect(opened.content.identity).toMatchObject({ mode: "confidential" });
    const pdf = opened.files.find((f) => f.mimeType === "application/pdf")!;
    expect(Buffer.from((await readFileAsRecipient(who.mayor, filed.reportId, pdf.id))!).includes(FILE_PHRASE)).toBe(true);
    const jpeg = opened.files.find((f) => f.mimeType === "image/jpeg")!;
    expect(Buffer.from((await readFileAsRecipient(who.mayor, filed.reportId, jpeg.id))!).includes("TestCam")).toBe(false);
  });

  it("lets the reporter, with the code, read the recipient's question, answer it and add a file", async () => {
    const filed = await submitReport(input());
    if (!filed.ok) throw new Error(filed.code);
    expect(await askReporter(who.palad, filed.reportId, "ช่วยบอกวันที่แน่นอนได้ไหม")).toEqual({ ok: true });
    const me = client();
    const seen = await openAsReporter(filed.receiptCode, me);
    if (!seen.ok) throw new Error(seen.code);
    expect(seen.report.messages.map((m) => [m.author, m.body])).toEqual([["recipient", "ช่วยบอกวันที่แน่นอนได้ไหม"]]);
    expect(await replyAsReporter(filed.receiptCode.replace(/ /g, "-"), me, "วันที่ 3 มีนาคม")).toEqual({ ok: true });
    expect(await addFilesAsReporter(filed.receiptCode, me, [{ bytes: pdfWith("later evidence"), name: "later.pdf" }])).toEqual({ ok: true });
    const back = (await openAsRecipient(who.palad, filed.reportId))!;
    expect(back.messages.at(-1)).toMatchObject({ author: "reporter", body: "วันที่ 3 มีนาคม" });
    expect(back.files).toHaveLength(1);
    const mine = await readFileAsReporter(filed.receiptCode, me, back.files[0]!.id);
    expect(mine.ok && Buffer.from(mine.bytes!).includes("later evidence")).toBe(true);
    // The access log says who and what, never content.
    const log = await db.integrityAccessLog.findMany({ where: { reportId: filed.reportId } });
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["submitted", "recipient_asked", "reporter_opened", "reporter_replied", "reporter_added_files"]));
    expect(JSON.stringify(log)).not.toContain("มีนาคม");
  });

  it("answers wrong codes alike and at the same cost (one Argon2id), near a real one or not, malformed or not, and throttles them", async () => {
    const filed = await submitReport(input());
    if (!filed.ok) throw new Error(filed.code);
    const digits = filed.receiptCode.replace(/ /g, "");
    const near = digits.slice(0, 15) + String((Number(digits[15]) + 1) % 10);
    const attacker = client();
    // Count the Argon2id runs and their limits: the cost of an attempt, measured without a
    // clock (timings on this shared machine are too noisy to compare).
    const s = await sodium();
    const original = s.crypto_pwhash;
    const runs: string[] = [];
    s.crypto_pwhash = ((...args: Parameters<typeof original>) => {
      runs.push(`${args[3]}/${args[4]}`);
      return original(...args);
    }) as typeof original;
    const answers = [];
    const perAttempt: string[][] = [];
    try {
      for (const code of [near, "1234567812345678", near, "0000 0000 0000 0000", "9999-9999-9999-999"]) {
        runs.length = 0;
        answers.push(await openAsReporter(code, attacker));
        perAttempt.push([...runs]);
      }
    } finally {
      s.crypto_pwhash = original;
    }
    expect(new Set(perAttempt.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(perAttempt[0]).toHaveLength(1);
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify({ ok: false, code: "invalid" }))).toBe(true);
    expect(await openAsReporter(filed.receiptCode, attacker)).toEqual({ ok: false, code: "throttled" });
    expect((await openAsReporter(filed.receiptCode, client())).ok).toBe(true);
  });

  it("refuses a missing, spent or forged proof of work, and too many submissions from one address", async () => {
    const once = input();
    expect((await submitReport(once)).ok).toBe(true);
    expect(await submitReport({ ...once, client: client() })).toEqual({ ok: false, code: "proofOfWork" });
    expect(await submitReport({ ...input(), nonce: "0" })).toMatchObject({ ok: false });
    const busy = client();
    for (let i = 0; i < 10; i++) expect((await submitReport(input({ client: busy }))).ok).toBe(true);
    expect(await submitReport(input({ client: busy }))).toEqual({ ok: false, code: "throttled" });
    // Counted across processes on PostgreSQL (in memory on SQLite), never under the address.
    const windows = await db.rateLimitWindow.findMany({ select: { key: true } });
    expect(windows.some((w) => w.key.startsWith("integrity-submission:"))).toBe(onPostgres);
    expect(windows.some((w) => w.key.startsWith("integrity-challenge:"))).toBe(onPostgres);
    expect(JSON.stringify(windows)).not.toContain("198.51.100.");
  }, 60_000);

  it("closes with an outcome, expires 90 days later unless extended, and then deletes everything", async () => {
    const a = await submitReport(input({ files: [{ bytes: pdfWith("expiring file"), name: "a.pdf" }] }));
    const b = await submitReport(input());
    if (!a.ok || !b.ok) throw new Error("not filed");
    await askReporter(who.palad, a.reportId, "question");
    const now = new Date();
    expect(await moveReport(who.palad, a.reportId, { to: "closed", outcome: "substantiated" }, now)).toEqual({ ok: true });
    expect(await moveReport(who.palad, a.reportId, { to: "in_review" })).toEqual({ ok: false, code: "notAllowed" });
    expect(await moveReport(who.palad, b.reportId, { to: "closed", outcome: "unsubstantiated" }, now)).toEqual({ ok: true });
    const extended = await extendExpiry(who.palad, b.reportId, { reason: "อยู่ระหว่างคดีในศาล", days: 60 });
    expect(extended.ok).toBe(true);
    const fileIds = (await db.integrityFile.findMany({ where: { reportId: a.reportId } })).map((f) => f.id);
    expect(fileIds).toHaveLength(1);

    expect(await expireReports(new Date(now.getTime() + 89 * DAY))).toBe(0);
    expect(await expireReports(new Date(now.getTime() + 91 * DAY))).toBeGreaterThanOrEqual(1);
    for (const model of [db.integrityReportKey, db.integrityMessage, db.integrityFile, db.integrityAccessLog] as unknown as { count(q: object): Promise<number> }[]) {
      expect(await model.count({ where: { reportId: a.reportId } })).toBe(0);
    }
    expect(await db.integrityReport.count({ where: { id: a.reportId } })).toBe(0);
    expect(fs.existsSync(`${integrityFolder()}/${fileIds[0]}`)).toBe(false);
    expect(await openAsReporter(a.receiptCode, client())).toEqual({ ok: false, code: "invalid" });
    expect(await db.integrityReport.count({ where: { id: b.reportId } })).toBe(1);
    expect(await expireReports(new Date(now.getTime() + 151 * DAY))).toBe(1);
    expect(await db.integrityReport.count({ where: { id: b.reportId } })).toBe(0);
  });

  it("seals a report with a 5 MB file for 3 recipients under 1 s, and opens it under 300 ms", async () => {
    const filed = await (async () => {
      const ready = input({ excludedRecipientIds: [ids.excluded!], files: [{ bytes: pdfWith("big", 5 * 1024 * 1024), name: "big.pdf" }] });
      const start = performance.now();
      const result = await submitReport(ready);
      const ms = performance.now() - start;
      console.warn(`integrity timing: submit 5 MB to 3 recipients ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(1000);
      return result;
    })();
    if (!filed.ok) throw new Error(filed.code);
    expect(await db.integrityReportKey.count({ where: { reportId: filed.reportId } })).toBe(3);
    const start = performance.now();
    const opened = await openAsRecipient(who.mayor, filed.reportId);
    const bytes = await readFileAsRecipient(who.mayor, filed.reportId, opened!.files[0]!.id);
    const ms = performance.now() - start;
    console.warn(`integrity timing: open report and 5 MB file ${ms.toFixed(0)} ms`);
    expect(bytes!.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(ms).toBeLessThan(300);
  });
});
