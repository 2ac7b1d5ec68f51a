import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { deliverDueMail } from "@/lib/mail/deliver";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { startInbox, type Inbox } from "@/test/support/smtp-inbox";
import { makeStaff } from "@/test/support/workflow-fixtures";
import { addEvidenceFile, addEvidenceLink } from "./add-evidence";
import { copyYear, setDeadline, updateItem } from "./admin-items";
import { rotateDataKey } from "@/lib/security/rotate-data-key";
import { readReminderAddress, setReminderAddress } from "./contact";
import { evidenceDownload } from "./evidence-download";
import { readEvidenceFile } from "./evidence-file";
import { readItaYear } from "./read-year";
import { removeEvidence } from "./remove-evidence";
import { sendItaReminders } from "./send-reminders";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let finance: StaffPrincipal;
let palad: StaffPrincipal;
let counter: StaffPrincipal;
let admin: StaffPrincipal;
let financeHead: StaffPrincipal;

beforeAll(async () => {
  await seedDatabase(db);
  finance = await makeStaff("OFFICER", ["FINANCE"]);
  palad = await makeStaff("OFFICER", ["PALAD"]);
  counter = await makeStaff("COUNTER", ["FINANCE"]);
  admin = await makeStaff("ADMIN", []);
  financeHead = await makeStaff("HEAD", ["FINANCE"]);
});
afterAll(() => db.$disconnect());

async function item(year: number, key: string) {
  return db.itaItem.findUniqueOrThrow({ where: { fiscalYear_key: { fiscalYear: year, key } } });
}
async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("evidence", () => {
  it("lets an officer of the item's division attach a PDF, which completes the item and is audited", async () => {
    const budget = await item(2570, "budget-plan");
    expect((await readItaYear(2570)).items.find((i) => i.key === "budget-plan")!.complete).toBe(false);
    const id = await addEvidenceFile(finance, { itemId: budget.id, title: "แผนการใช้จ่ายงบประมาณ 2570", name: "plan.pdf", bytes: PDF });
    const view = (await readItaYear(2570)).items.find((i) => i.key === "budget-plan")!;
    expect(view.complete).toBe(true);
    expect(view.evidence.map((e) => [e.kind, e.mimeType])).toEqual([["file", "application/pdf"]]);
    expect(await readEvidenceFile(id)).toEqual(PDF);
    expect(await db.auditLog.count({ where: { action: "ita.evidence_added", actorId: finance.id } })).toBe(1);

    // Served publicly with the checked type, only at its exact address.
    const response = await evidenceDownload(`${id}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect((await evidenceDownload(`${id}.docx`)).status).toBe(404);
    expect((await evidenceDownload("../ko.db")).status).toBe(404);
  });

  it("refuses staff of another division and COUNTER, whatever item id they send", async () => {
    const budget = await item(2570, "procurement-plan");
    expect(await code(addEvidenceFile(palad, { itemId: budget.id, title: "x", name: "x.pdf", bytes: PDF }))).toBe("forbidden");
    expect(await code(addEvidenceLink(counter, { itemId: budget.id, title: "x", url: "https://ko.go.th/plan" }))).toBe("forbidden");
    expect(await code(addEvidenceLink(palad, { itemId: 999_999, title: "x", url: "https://ko.go.th/plan" }))).toBe("not_found");
    expect(await db.itaEvidence.count({ where: { itemId: budget.id } })).toBe(0);
  });

  it("checks the file by its content and the link's scheme", async () => {
    const plan = await item(2570, "procurement-plan");
    expect(await code(addEvidenceFile(finance, { itemId: plan.id, title: "x", name: "plan.pdf", bytes: Buffer.from("<html><script>alert(1)</script>") }))).toBe("invalid");
    expect(await code(addEvidenceFile(finance, { itemId: plan.id, title: "x", name: "plan.pdf", bytes: Buffer.alloc(0) }))).toBe("invalid");
    expect(await code(addEvidenceLink(finance, { itemId: plan.id, title: "x", url: "javascript:alert(1)" }))).toBe("invalid");
    expect(await code(addEvidenceLink(finance, { itemId: plan.id, title: "แผน", url: "https://ko.go.th/plan-2570" }))).toBe("ok");
  });

  it("lets the division remove evidence (audited, file gone), not another division", async () => {
    const hr = await item(2570, "hr-policy");
    const id = await addEvidenceFile(palad, { itemId: hr.id, title: "นโยบาย", name: "policy.pdf", bytes: PDF });
    expect(await code(removeEvidence(finance, { evidenceId: id }))).toBe("forbidden");
    await removeEvidence(palad, { evidenceId: id });
    expect((await readItaYear(2570)).items.find((i) => i.key === "hr-policy")!.complete).toBe(false);
    expect(await readEvidenceFile(id)).toBeNull();
    expect((await evidenceDownload(`${id}.pdf`)).status).toBe(404);
    expect(await db.itaEvidence.findUnique({ where: { id } })).toMatchObject({ removedById: palad.id });
    expect(await db.auditLog.count({ where: { action: "ita.evidence_removed", actorId: palad.id } })).toBe(1);
    expect(await code(removeEvidence(palad, { evidenceId: id }))).toBe("not_found");
  });
});

describe("the ADMIN's list", () => {
  it("renumbers an item (audited); only an ADMIN may", async () => {
    const eService = await item(2570, "e-service");
    const input = { number: 9, titleTh: eService.titleTh, titleEn: eService.titleEn, checksTh: eService.checksTh, checksEn: eService.checksEn, divisionId: eService.divisionId, source: "live" };
    expect(await code(updateItem(financeHead, eService.id, input))).toBe("forbidden");
    await updateItem(admin, eService.id, input);
    expect((await item(2570, "e-service")).number).toBe(9);
    expect(await code(updateItem(admin, (await item(2570, "budget-plan")).id, { ...input, source: "live" }))).toBe("invalid");
  });

  it("copies a year's list without its evidence, once", async () => {
    expect(await copyYear(admin, { from: 2570, to: 2571 })).toBe(32);
    expect(await copyYear(admin, { from: 2570, to: 2571 })).toBe(0);
    const copied = await readItaYear(2571);
    expect(copied.items.find((i) => i.key === "e-service")!.number).toBe(9);
    expect(copied.items.flatMap((i) => i.evidence)).toEqual([]);
    expect(await code(copyYear(finance, { from: 2570, to: 2572 }))).toBe("forbidden");
  });
});

describe("reminders", () => {
  let inbox: Inbox;
  beforeAll(async () => {
    inbox = await startInbox();
    Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(inbox.port), SMTP_SECURE: "0", MAIL_FROM: "เทศบาลตำบลก้อ <no-reply@ko.example>", PUBLIC_URL: "https://eservice.ko.example" });
  });
  afterEach(() => db.mailMessage.deleteMany());
  afterAll(async () => {
    await inbox.close();
    for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "MAIL_FROM"]) delete process.env[name];
  });

  it("mails each HEAD with missing items once per threshold, through the real outbox, with a fake clock", async () => {
    await setDeadline(admin, { fiscalYear: 2570, deadline: "2027-03-31" });
    await setReminderAddress(financeHead, "head.finance@ko.example");
    const at = (day: string) => new Date(`${day}T02:00:00Z`);
    expect(await sendItaReminders(at("2027-02-01"))).toBe(0); // 58 days left: nothing yet
    const first = await sendItaReminders(at("2027-03-01")); // 30 days
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await sendItaReminders(at("2027-03-01"))).toBe(0);
    expect(await sendItaReminders(new Date("2027-03-01T09:00:00Z"))).toBe(0);
    await deliverDueMail({ now: at("2027-03-01") });
    const mail = inbox.received.filter((m) => m.to.includes("head.finance@ko.example"));
    expect(mail).toHaveLength(1);
    // budget-plan (a PDF) and procurement-plan (a link) have evidence (above); the rest is listed.
    expect(mail[0]!.text).toContain("- O13 Procurement announcements");
    expect(mail[0]!.text).not.toContain("Annual spending plan");
    expect(mail[0]!.text).not.toContain("- O12 Procurement plan");
    expect(await sendItaReminders(at("2027-03-10"))).toBe(0); // 21 days: still the 30-day threshold
    expect(await sendItaReminders(at("2027-03-17"))).toBe(first); // 14 days
    expect(await db.itaReminder.count({ where: { staffUserId: financeHead.id } })).toBe(2);
    expect(await sendItaReminders(at("2027-04-01"))).toBe(0); // past the deadline
  });

  it("queues nothing for a HEAD whose division has everything, or who gave no address", async () => {
    const reminded = await db.itaReminder.findMany({ where: { threshold: 30 } });
    expect(reminded.map((r) => r.staffUserId)).toEqual([financeHead.id]);
  });
});

describe("key rotation", () => {
  it("moves a HEAD's reminder address to the new key, so reminders keep going after the old key is removed", async () => {
    await setReminderAddress(financeHead, "head.finance@ko.example");
    const before = (await db.itaContact.findUniqueOrThrow({ where: { staffUserId: financeHead.id } })).email;
    const rotation = await rotateDataKey(db, { settleMs: 0 });
    expect(rotation.keptOldKeys).toBe(false);
    const after = (await db.itaContact.findUniqueOrThrow({ where: { staffUserId: financeHead.id } })).email;
    expect(after).not.toBe(before);
    expect(after.startsWith(`ko1.${rotation.newKey}.`)).toBe(true);
    expect(await readReminderAddress(financeHead.id)).toBe("head.finance@ko.example");
  });

  it("only a HEAD gives a reminder address", async () => {
    expect(await code(setReminderAddress(finance, "officer@ko.example"))).toBe("forbidden");
    expect(await code(setReminderAddress(financeHead, "not an address"))).toBe("invalid");
  });
});
