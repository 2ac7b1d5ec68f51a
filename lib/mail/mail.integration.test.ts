import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { fileRequest } from "@/lib/requests/file-request";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { addNote } from "@/lib/requests/workflow/add-note";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { messageApplicant } from "@/lib/requests/workflow/message-applicant";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { rotateDataKey } from "@/lib/security/rotate-data-key";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { startScheduler } from "@/server/scheduler";
import { koResident } from "@/test/support/kiosk-device";
import { closedPort, readInboxFolder, startInbox, type Inbox } from "@/test/support/smtp-inbox";
import { makeStaff } from "@/test/support/workflow-fixtures";
import { deliverDueMail, MAX_ATTEMPTS, RETRY_DELAYS_MS } from "./deliver";
import { failedMailSummary, listRequestMail, retryMail } from "./request-mail";

const EMAIL = "somchai.resident@example.org";
const PUBLIC_URL = "https://eservice.ko.example";
let officer: StaffPrincipal;
let inboxes: Inbox[] = [];

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
});
afterEach(async () => {
  await Promise.all(inboxes.map((inbox) => inbox.close()));
  inboxes = [];
  // Each test starts with an empty outbox, so counts are this test's own.
  await db.mailMessage.deleteMany();
});
afterAll(() => db.$disconnect());

/** Email on, sending to `port` on this machine. */
function mailTo(port: number): void {
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURE: "0", MAIL_FROM: "เทศบาลตำบลก้อ <no-reply@ko.example>", PUBLIC_URL });
}
function mailOff(): void {
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "MAIL_FROM"]) delete process.env[name];
}
async function inbox(port?: number, folder?: string): Promise<Inbox> {
  const started = await startInbox({ port, folder });
  inboxes.push(started);
  mailTo(started.port);
  return started;
}

const T0 = new Date("2026-12-04T03:00:00Z");
const later = (ms: number, from = T0) => new Date(from.getTime() + ms);

async function fileWithEmail(email: string | null = EMAIL, now = T0) {
  return fileRequest({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "online",
    applicant: { ...koResident, phone: "0812345678", ...(email === null ? {} : { email }) },
    identity: { source: "typed", detail: "typed online, not verified" },
    answers: { problemType: "road", location: "ซอย 2 หมู่ 5" },
    idempotencyKey: null,
    actor: { type: "public", label: "online" },
    now,
  });
}

const outbox = (reference: string) => db.mailMessage.findMany({ where: { request: { reference } }, orderBy: { id: "asc" } });
const PERSONAL = [koResident.citizenId, koResident.nameTh.first, koResident.nameTh.last, koResident.nameEn.first, koResident.nameEn.last, "0812345678", koResident.address.houseNo];

describe("mail to residents", () => {
  it("queues one message when a request is filed with an address, and delivers it with no personal data in the subject", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ko-inbox-"));
    const server = await inbox(undefined, folder);
    const filed = await fileWithEmail();
    const [queued, ...more] = await outbox(filed.reference);
    expect(more).toHaveLength(0);
    // The address is sealed at rest.
    expect(queued!.recipient).not.toContain("example.org");
    expect(queued!.status).toBe("pending");

    expect(await deliverDueMail({ now: T0 })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(1);
    const mail = server.received[0]!;
    expect(mail.to).toEqual([EMAIL]);
    expect(mail.subject).toContain(filed.reference);
    expect(mail.subject).toContain("ได้รับคำขอของท่านแล้ว");
    for (const value of PERSONAL) {
      expect(mail.subject).not.toContain(value);
      expect(mail.text).not.toContain(value);
      expect(mail.html).not.toContain(value);
    }
    expect(mail.text).toContain(`${PUBLIC_URL}/track/${filed.trackingToken}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/en/track/${filed.trackingToken}`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/track/${filed.trackingToken}"`);
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    // The same message, as a test in another process reads it.
    expect(readInboxFolder(folder).map((m) => [m.to, m.subject, m.text])).toEqual([[[EMAIL], mail.subject, mail.text]]);
    fs.rmSync(folder, { recursive: true });

    const [sent] = await outbox(filed.reference);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, recipient: "" });
    // Nothing is sent twice.
    expect(await deliverDueMail({ now: later(60 * 60_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(1);
  });

  it("sends the officer's message with its HTML shown as text, and the completion with the survey invitation; a note sends nothing", async () => {
    const server = await inbox();
    const filed = await fileWithEmail();
    await acceptRequest({ staff: officer, reference: filed.reference, now: later(1000) });
    await addNote({ staff: officer, reference: filed.reference, text: "internal: called the resident", now: later(2000) });
    await messageApplicant({ staff: officer, reference: filed.reference, text: '<script>alert("x")</script><b>วันจันทร์</b> & soon', now: later(3000) });
    await completeRequest({ staff: officer, reference: filed.reference, result: "ซ่อมถนนเรียบร้อย", now: later(4000) });
    expect((await outbox(filed.reference)).map((m) => m.status)).toEqual(["pending", "pending", "pending", "pending"]);

    await deliverDueMail({ now: later(5000) });
    expect(server.received.map((m) => m.subject.split(" | ")[0])).toEqual([
      `คำขอ ${filed.reference}: ได้รับคำขอของท่านแล้ว`,
      `คำขอ ${filed.reference}: เจ้าหน้าที่รับเรื่องแล้ว`,
      `คำขอ ${filed.reference}: ข้อความจากเจ้าหน้าที่`,
      `คำขอ ${filed.reference}: ดำเนินการแล้วเสร็จ`,
    ]);
    const [, , message, completed] = server.received;
    expect(message!.text).toContain('<script>alert("x")</script><b>วันจันทร์</b> & soon');
    expect(message!.html).not.toContain("<script>");
    expect(message!.html).not.toContain("<b>");
    expect(message!.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;วันจันทร์&lt;/b&gt; &amp; soon");
    expect(server.received.some((m) => m.text.includes("internal: called"))).toBe(false);

    expect(completed!.text).toContain("ซ่อมถนนเรียบร้อย");
    expect(completed!.text).toContain(`${PUBLIC_URL}/track/${filed.trackingToken}/survey`);
    expect(completed!.html).toContain(`href="${PUBLIC_URL}/en/track/${filed.trackingToken}/survey"`);
    expect(message!.text).not.toContain("/survey");
  });

  it("queues nothing when the resident gave no address", async () => {
    await inbox();
    const filed = await fileWithEmail(null);
    await acceptRequest({ staff: officer, reference: filed.reference, now: later(1000) });
    expect(await outbox(filed.reference)).toHaveLength(0);
  });

  it("with SMTP unset, queues nothing and everything else works", async () => {
    mailOff();
    const filed = await fileWithEmail();
    await acceptRequest({ staff: officer, reference: filed.reference, now: later(1000) });
    await completeRequest({ staff: officer, reference: filed.reference, result: "เสร็จ", now: later(2000) });
    expect(await outbox(filed.reference)).toHaveLength(0);
    expect(await deliverDueMail({ now: later(3000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("keeps the mail while the server is down, retries later, and delivers it once when it is back", async () => {
    const port = await closedPort();
    mailTo(port);
    const filed = await fileWithEmail();

    expect(await deliverDueMail({ now: T0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [message] = await outbox(filed.reference);
    expect(message).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: later(RETRY_DELAYS_MS[0]!) });
    expect(message!.lastError).toMatch(/^[A-Z_]+/);
    expect(message!.lastError).not.toContain("example.org");

    // Back up, but the retry is not due yet: nothing goes.
    const server = await inbox(port);
    expect(await deliverDueMail({ now: later(30_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(0);

    expect(await deliverDueMail({ now: later(RETRY_DELAYS_MS[0]!) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    await deliverDueMail({ now: later(24 * 60 * 60_000) });
    expect(server.received).toHaveLength(1);
    [message] = await outbox(filed.reference);
    expect(message).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("marks the mail failed after the last attempt, shows it to the division's staff, and sends it when retried", async () => {
    const port = await closedPort();
    mailTo(port);
    const filed = await fileWithEmail();
    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const run = await deliverDueMail({ now });
      expect(run).toEqual(attempt < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 });
      now = later(RETRY_DELAYS_MS[attempt - 1] ?? 0, now);
    }
    const listed = await listRequestMail({ staff: officer, reference: filed.reference });
    expect(listed!.canRetry).toBe(true);
    const lines = listed!.messages;
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(JSON.stringify(lines)).not.toContain("example.org");
    const admin = await makeStaff("ADMIN", []);
    expect(await failedMailSummary(admin)).toEqual({ count: 1, references: [filed.reference] });

    // Another division's officer and the counter cannot see or retry it.
    const elsewhere = await makeStaff("OFFICER", ["WELFARE"]);
    const counter = await makeStaff("COUNTER", ["ENGINEERING"]);
    expect(await listRequestMail({ staff: elsewhere, reference: filed.reference })).toBeNull();
    for (const staff of [elsewhere, counter]) {
      const refused = await retryMail({ staff, reference: filed.reference, messageId: lines![0]!.id }).catch((e: unknown) => e);
      expect(isAppError(refused) && refused.code).toBe("not_found");
    }

    const server = await inbox(port);
    await retryMail({ staff: officer, reference: filed.reference, messageId: lines![0]!.id, now: later(1000, now) });
    const again = await retryMail({ staff: officer, reference: filed.reference, messageId: lines![0]!.id }).catch((e: unknown) => e);
    expect(isAppError(again) && again.code).toBe("not_failed");
    expect(await deliverDueMail({ now: later(2000, now) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(1);
    expect((await listRequestMail({ staff: officer, reference: filed.reference }))!.messages[0]).toMatchObject({ status: "sent" });
    expect(await db.auditLog.count({ where: { action: "mail.retry", subjectId: filed.reference } })).toBe(1);
    expect(await failedMailSummary(admin)).toEqual({ count: 0, references: [] });
  });

  it("sends each message once when two delivery runs overlap", async () => {
    const server = await inbox();
    const references = [];
    for (let i = 0; i < 4; i++) references.push((await fileWithEmail()).reference);
    const runs = await Promise.all([deliverDueMail({ now: T0 }), deliverDueMail({ now: T0 }), deliverDueMail({ now: T0 })]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(4);
    expect(server.received.map((m) => /KO-\d{4}-\d+/.exec(m.subject)![0]).sort()).toEqual(references.sort());
  });

  it("still reaches the resident when the data key is rotated while the mail waits", async () => {
    const port = await closedPort();
    mailTo(port);
    const filed = await fileWithEmail();
    await deliverDueMail({ now: T0 });
    const before = (await outbox(filed.reference))[0]!.recipient;

    const rotation = await rotateDataKey(db, { settleMs: 0 });
    expect(rotation.keptOldKeys).toBe(false);
    const after = (await outbox(filed.reference))[0]!.recipient;
    expect(after).not.toBe(before);
    expect(after.startsWith(`ko1.${rotation.newKey}.`)).toBe(true);

    const server = await inbox(port);
    expect(await deliverDueMail({ now: later(RETRY_DELAYS_MS[0]!) })).toMatchObject({ sent: 1 });
    expect(server.received[0]!.to).toEqual([EMAIL]);
  });

  it("the server's scheduler sends queued mail promptly after the filing commits", async () => {
    const server = await inbox();
    const scheduler = startScheduler({ mailIntervalMs: 60 * 60_000 });
    try {
      await scheduler.idle();
      const filed = await fileWithEmail(EMAIL, new Date());
      await expect.poll(() => server.received.length, { timeout: 5000 }).toBe(1);
      expect(server.received[0]!.subject).toContain(filed.reference);
    } finally {
      scheduler.stop();
      await scheduler.idle();
    }
  });
});
