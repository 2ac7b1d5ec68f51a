import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { photoWithGps } from "@/test/support/test-files";
import { integrityFolder } from "./config";
import { inboxFor } from "./inbox";
import { extendExpiry, moveReport } from "./lifecycle";
import { solveChallenge } from "./proof-of-work";
import { askReporter, openAsRecipient } from "./recipient-access";
import { downloadAsRecipient, sendFilesToReporter } from "./recipient-files";
import { endRecipientSession, purgeRecipientSessions, resumeRecipientSession, sessionSecrets, SESSION_IDLE_MS, startRecipientSession, withRecipient } from "./recipient-session";
import { addRecipient } from "./recipients";
import { downloadAsReporter, openAsReporter, replyAsReporter } from "./reporter-access";
import { sodium, unlock } from "./sodium";
import { issueSubmissionChallenge, submitReport } from "./submit-report";

const PHRASE = "เทศมนตรีสั่งแบ่งงานจ้างถมดิน-RCPT-77Q"; // unique: searched for in the bytes
const BACK_PHRASE = "SUMMONS-FOR-REPORTER-55213-OKAPI";
let address = 0;
const client = () => `203.0.113.${++address}`;
const passwords = { clerk: "clerk recipient password 1", committee: "committee recipient pass 2", finance: "finance recipient pass 3" };
const ids: Record<string, number> = {};

function pdfWith(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`);
}

async function file(options: { excluded?: number[]; accused?: string; files?: { bytes: Uint8Array; name: string }[] } = {}) {
  const challenge = issueSubmissionChallenge();
  const filed = await submitReport({
    client: client(),
    challenge,
    nonce: solveChallenge(challenge),
    excludedRecipientIds: options.excluded,
    files: options.files,
    content: { category: "procurement", what: PHRASE, identity: { mode: "anonymous" }, ...(options.accused && { accusedDivisionCode: options.accused }) },
  });
  if (!filed.ok) throw new Error(filed.code);
  return filed;
}

async function signIn(name: keyof typeof passwords, from = client()) {
  const started = await startRecipientSession({ name: `rw-${name}`, password: passwords[name] }, from);
  if (!started.ok) throw new Error(started.code);
  return started.token;
}

beforeAll(async () => {
  await seedDatabase(db);
  const divisions: Record<keyof typeof passwords, string | undefined> = { clerk: "PALAD", committee: undefined, finance: "FINANCE" };
  for (const name of Object.keys(passwords) as (keyof typeof passwords)[]) {
    await db.staffUser.create({ data: { username: `rw-${name}`, displayName: name, role: "OFFICER", email: `rw-${name}@staff.invalid` } });
    const added = await addRecipient({ username: `rw-${name}`, divisionCode: divisions[name], password: passwords[name] });
    if (!added.ok) throw new Error(added.code);
    ids[name] = added.recipientId;
  }
}, 60_000);
afterAll(() => db.$disconnect());

describe("recipient sessions", () => {
  it("refuses a wrong password and an unknown name alike, at the same Argon2id cost, and throttles them", async () => {
    const s = await sodium();
    const original = s.crypto_pwhash;
    const runs: string[][] = [];
    s.crypto_pwhash = ((...args: Parameters<typeof original>) => {
      runs.at(-1)!.push(`${args[3]}/${args[4]}`);
      return original(...args);
    }) as typeof original;
    const attacker = client();
    const answers = [];
    try {
      for (const name of ["rw-clerk", "rw-nobody", "rw-clerk", "rw-nobody", "rw-clerk"]) {
        runs.push([]);
        answers.push(await startRecipientSession({ name, password: "a wrong password here" }, attacker));
      }
    } finally {
      s.crypto_pwhash = original;
    }
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify({ ok: false, code: "invalid" }))).toBe(true);
    expect(new Set(runs.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(runs[0]).toHaveLength(1);
    // Past five wrong attempts, even the right password waits out the window from there.
    expect(await startRecipientSession({ name: "rw-clerk", password: passwords.clerk }, attacker)).toEqual({ ok: false, code: "throttled" });
    expect((await startRecipientSession({ name: "rw-clerk", password: passwords.clerk }, client())).ok).toBe(true);
  });

  it("keeps the secret key only sealed under the cookie's token: the row alone opens nothing", async () => {
    const token = await signIn("committee");
    const s = await sodium();
    const { id, key } = sessionSecrets(s, token);
    const row = await db.integrityRecipientSession.findUniqueOrThrow({ where: { id } });
    const recipient = await db.integrityRecipient.findUniqueOrThrow({ where: { id: ids.committee } });
    // The token itself is not in the row (only its hash), nor is the secret key in the clear.
    expect(JSON.stringify(row)).not.toContain(token);
    const who = (await resumeRecipientSession(token))!;
    expect(who.recipientId).toBe(ids.committee);
    expect(Buffer.from(row.secretKeyBox).includes(Buffer.from(who.secretKey))).toBe(false);
    expect(Buffer.from(unlock(s, row.secretKeyBox, key)!)).toEqual(Buffer.from(who.secretKey));
    expect(Buffer.from(who.publicKey)).toEqual(Buffer.from(recipient.publicKey));
    // Another token (a guess, or a copy of the database with a cookie of its own) opens nothing.
    const other = sessionSecrets(s, "A".repeat(43));
    expect(unlock(s, row.secretKeyBox, other.key)).toBeNull();
    expect(await resumeRecipientSession("A".repeat(43))).toBeNull();
    expect(await resumeRecipientSession(undefined)).toBeNull();
  });

  it("ends after 30 idle minutes, on sign-out, and when the staff account is deactivated", async () => {
    const idle = await signIn("committee");
    const start = new Date();
    expect(await resumeRecipientSession(idle, new Date(start.getTime() + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    expect(await resumeRecipientSession(idle, new Date(start.getTime() + 2 * SESSION_IDLE_MS))).toBeNull();
    const s = await sodium();
    expect(await db.integrityRecipientSession.count({ where: { id: sessionSecrets(s, idle).id } })).toBe(0);

    const left = await signIn("committee");
    expect(await purgeRecipientSessions(new Date(Date.now() + 2 * SESSION_IDLE_MS))).toBeGreaterThanOrEqual(1);
    expect(await resumeRecipientSession(left)).toBeNull();

    const out = await signIn("committee");
    await endRecipientSession(out);
    expect(await resumeRecipientSession(out)).toBeNull();
    expect(await db.integrityRecipientSession.count({ where: { id: sessionSecrets(s, out).id } })).toBe(0);
    const log = await db.integrityAccessLog.findMany({ where: { recipientId: ids.committee, action: { in: ["recipient_signed_in", "recipient_signed_out"] } } });
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["recipient_signed_in", "recipient_signed_out"]));

    const gone = await signIn("committee");
    await db.staffUser.update({ where: { username: "rw-committee" }, data: { active: false } });
    try {
      expect(await resumeRecipientSession(gone)).toBeNull();
      expect(await startRecipientSession({ name: "rw-committee", password: passwords.committee }, client())).toEqual({ ok: false, code: "invalid" });
    } finally {
      await db.staffUser.update({ where: { username: "rw-committee" }, data: { active: true } });
    }
  });
});

describe("what a signed-in recipient can reach", () => {
  it("never lists or opens a report that excluded them or names their division", async () => {
    const excluding = await file({ excluded: [ids.committee!] });
    const accusing = await file({ accused: "FINANCE" });
    const committee = await signIn("committee");
    const finance = await signIn("finance");
    const listed = await withRecipient(committee, (who) => inboxFor(who));
    expect(listed!.map((r) => r.id)).not.toContain(excluding.reportId);
    expect(listed!.map((r) => r.id)).toContain(accusing.reportId);
    expect((await withRecipient(finance, (who) => inboxFor(who)))!.map((r) => r.id)).not.toContain(accusing.reportId);
    await withRecipient(committee, async (who) => {
      expect(await openAsRecipient(who, excluding.reportId)).toBeNull();
      expect(await sendFilesToReporter(who, excluding.reportId, [{ bytes: pdfWith("x"), name: "x.pdf" }])).toEqual({ ok: false, code: "notFound" });
      expect(await askReporter(who, excluding.reportId, "hello")).toEqual({ ok: false, code: "notFound" });
      expect(await moveReport(who, excluding.reportId, { to: "in_review" })).toEqual({ ok: false, code: "notFound" });
      expect(await extendExpiry(who, excluding.reportId, { reason: "because", days: 10 })).toMatchObject({ ok: false, code: "notFound" });
    });
    await withRecipient(finance, async (who) => {
      expect(await openAsRecipient(who, accusing.reportId)).toBeNull();
      const fileId = (await db.integrityFile.findFirst({ where: { reportId: accusing.reportId } }))?.id ?? "0".repeat(32);
      expect(await downloadAsRecipient(who, accusing.reportId, fileId)).toBeNull();
    });
  });

  it("shows the category and an unread marker that clears on opening and returns with the reporter's answer", async () => {
    const filed = await file();
    const token = await signIn("clerk");
    const item = async () => (await withRecipient(token, (who) => inboxFor(who)))!.find((r) => r.id === filed.reportId)!;
    expect(await item()).toMatchObject({ category: "procurement", status: "new", unread: true, overdue: false });
    expect((await item()).responseDue).toBeInstanceOf(Date);
    await withRecipient(token, (who) => openAsRecipient(who, filed.reportId));
    expect((await item()).unread).toBe(false);
    expect(await replyAsReporter(filed.receiptCode, client(), "มีเพิ่มเติม")).toEqual({ ok: true });
    expect((await item()).unread).toBe(true);
    expect(await withRecipient(token, (who) => moveReport(who, filed.reportId, { to: "referred", referredTo: "nacc" }))).toEqual({ ok: true });
    expect(await item()).toMatchObject({ status: "referred", referredTo: "nacc", responseDue: null });
    expect(await withRecipient(token, (who) => moveReport(who, filed.reportId, { to: "referred", referredTo: "the press" }))).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("a file sent back to the reporter", () => {
  it("is cleaned, encrypted, shown on the follow-up with the code, downloadable only with it, and logged without content", async () => {
    const filed = await file({ files: [{ bytes: await photoWithGps(), name: "IMG_2001.jpg" }] });
    const token = await signIn("clerk");
    await withRecipient(token, async (who) => {
      const opened = (await openAsRecipient(who, filed.reportId))!;
      const photo = await downloadAsRecipient(who, filed.reportId, opened.files[0]!.id);
      expect(photo).toMatchObject({ mimeType: "image/jpeg" });
      expect(Buffer.from(photo!.bytes).includes("TestCam")).toBe(false);
      expect(await sendFilesToReporter(who, filed.reportId, [{ bytes: pdfWith(BACK_PHRASE), name: "หมายเรียก.pdf" }])).toEqual({ ok: true });
      expect(await sendFilesToReporter(who, filed.reportId, [{ bytes: Buffer.from("MZ not a pdf"), name: "x.pdf" }])).toMatchObject({ ok: false });
      expect(await askReporter(who, filed.reportId, "โปรดกรอกแบบฟอร์มที่แนบ")).toEqual({ ok: true });
    });
    const me = client();
    const seen = await openAsReporter(filed.receiptCode, me);
    if (!seen.ok) throw new Error(seen.code);
    const back = seen.report.files.find((f) => f.addedBy === "recipient")!;
    expect(back).toMatchObject({ mimeType: "application/pdf" });
    expect(seen.report.messages.at(-1)).toMatchObject({ author: "recipient", body: "โปรดกรอกแบบฟอร์มที่แนบ" });
    const got = await downloadAsReporter(filed.receiptCode, me, back.id);
    expect(got.ok && Buffer.from(got.file!.bytes).includes(BACK_PHRASE)).toBe(true);
    expect(got.ok && got.file!.name).toMatch(/\.pdf$/);
    // A wrong code gets nothing, answered as any wrong code is.
    expect(await downloadAsReporter("1111 2222 3333 4444", client(), back.id)).toEqual({ ok: false, code: "invalid" });
    // Another report's code does not reach this report's file.
    const other = await file();
    expect(await downloadAsReporter(other.receiptCode, client(), back.id)).toEqual({ ok: true, file: null });

    const log = await db.integrityAccessLog.findMany({ where: { reportId: filed.reportId } });
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["recipient_sent_file", "recipient_read_file", "reporter_read_file"]));
    expect(JSON.stringify(log)).not.toMatch(/หมายเรียก|SUMMONS/);
    // The database's own bytes on SQLite (PostgreSQL keeps its files on its server); the files folder on both.
    const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
    const dbFiles = database.kind === "sqlite" ? [database.file, `${database.file}-wal`] : [];
    const haystacks = dbFiles.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
    haystacks.push(...fs.readdirSync(integrityFolder()).map((f) => fs.readFileSync(`${integrityFolder()}/${f}`)));
    for (const bytes of haystacks) for (const needle of [PHRASE, BACK_PHRASE, "หมายเรียก"]) expect(bytes.includes(Buffer.from(needle))).toBe(false);
  });
});
