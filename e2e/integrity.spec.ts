import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { metadataOf, photoWithGps } from "../test/support/test-files";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createStaffAccount, signIn, type TestStaff } from "./support/staff";
import { expect, test } from "./support/test";

const ROOT = path.resolve(__dirname, "..");
const RECIPIENT_PASSWORD = "e2e recipient password";
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/** `npm run integrity -- recipient add` on the server's database, with a piped password. */
function addRecipient(username: string, division?: string) {
  const args = ["scripts/integrity.ts", "recipient", "add", "--username", username, ...(division ? ["--division", division] : []), "--password-stdin"];
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL! },
    input: `${RECIPIENT_PASSWORD}\n`,
  });
}

// A reporter's own phone.
test.use(PHONE);

/** A whistleblower's report from their phone, with a photo; returns the receipt code. */
async function reportWithPhoto(browser: Browser, what: string): Promise<{ reporter: Page; receipt: string }> {
  const reporter = await (await browser.newContext(PHONE)).newPage();
  await reporter.goto("/integrity");
  await reporter.getByLabel("ประเภทเรื่อง").selectOption("procurement");
  await reporter.getByLabel("เกิดอะไรขึ้น").fill(what);
  await reporter.getByLabel("กองหรือส่วนราชการที่เกี่ยวข้อง (ถ้ามี)").selectOption("FINANCE");
  await reporter.locator("#ir-files").setInputFiles({ name: "IMG_3001.jpg", mimeType: "image/jpeg", buffer: await photoWithGps({ width: 400, height: 300 }) });
  await reporter.getByRole("button", { name: "ส่งเรื่อง" }).click();
  const code = reporter.locator(".integrity-receipt__code");
  await expect(code).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/, { timeout: 20_000 });
  return { reporter, receipt: (await code.textContent())! };
}

/** The recipient signs in on the web with their recipient name and password. */
async function recipientSignsIn(page: Page, name: string): Promise<void> {
  const response = await page.goto("/integrity/recipient");
  expect(response!.headers()["cache-control"]).toBe("no-store");
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("ชื่อผู้รับเรื่อง").fill(name);
  await page.getByLabel("รหัสผ่าน", { exact: true }).fill(RECIPIENT_PASSWORD);
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByRole("heading", { name: "เรื่องที่ส่งถึงท่าน" })).toBeVisible();
}

/** A member of staff, signed in to the console, finds nothing of the report anywhere they look. */
async function staffSeesNothing(browser: Browser, staff: TestStaff, traces: { phrase: string; reportId: string; fileUrl: string }) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, staff);
  for (const route of ["/staff", "/staff?tab=all", "/staff/reports?division=all", "/staff/admin", "/staff/admin/audit", "/staff/admin/accounts"]) {
    await page.goto(route);
    const html = await page.content();
    expect(html, route).not.toContain(traces.phrase);
    expect(html, route).not.toContain(traces.reportId);
  }
  // The staff session opens nothing on the recipients' pages: the sign-in form, every time.
  await page.goto("/integrity/recipient");
  await expect(page.getByRole("heading", { name: "เข้าสู่ระบบผู้รับเรื่องร้องเรียนการทุจริต" })).toBeVisible();
  await page.goto(`/integrity/recipient/reports/${traces.reportId}`);
  await expect(page).toHaveURL(/\/integrity\/recipient$/);
  expect(await page.content()).not.toContain(traces.phrase);
  expect((await page.request.get(traces.fileUrl)).status()).toBe(403);
  await page.context().close();
}

test.describe("corruption-report channel", () => {
  test.setTimeout(90_000);

  test("a reporter sends a report, gets the code once, and comes back with it to reply", async ({ page }) => {
    const reader = createStaffAccount({ username: `integrity_${Date.now()}`, role: "HEAD", divisions: ["PALAD"] });
    addRecipient(reader.username);

    const response = await page.goto("/integrity");
    expect(response!.headers()["cache-control"]).toBe("no-store");
    expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByRole("link", { name: /ป\.ป\.ช\./ })).toBeVisible();

    await page.getByLabel("ประเภทเรื่อง").selectOption("procurement");
    await page.getByLabel("เกิดอะไรขึ้น").fill("มีการแบ่งซื้อแบ่งจ้างเพื่อเลี่ยงการประกวดราคา");
    await page.getByRole("button", { name: "ส่งเรื่อง" }).click();
    const code = page.locator(".integrity-receipt__code");
    await expect(code).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/, { timeout: 20_000 });
    const receipt = (await code.textContent())!;
    // The code is in the page only: not in the address bar.
    expect(page.url()).not.toContain(receipt.replace(/ /g, ""));

    await page.goto("/integrity/follow");
    await page.getByLabel("รหัสรับแจ้ง").fill(receipt);
    await page.getByRole("button", { name: "เปิดดูเรื่อง" }).click();
    await expect(page.getByText("รับเรื่องแล้ว")).toBeVisible();
    await expect(page.getByText("ยังไม่มีข้อความ")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("ตอบกลับ").fill("มีเอกสารเพิ่มเติมครับ");
    await page.getByRole("button", { name: "ส่งข้อความ" }).click();
    await expect(page.getByText("ส่งข้อความแล้ว")).toBeVisible();
    await expect(page.locator(".integrity-messages")).toContainText("มีเอกสารเพิ่มเติมครับ");
    // A file added later, checked by its content like any attachment.
    await page.getByLabel(/^แนบไฟล์เพิ่ม/).setInputFiles({ name: "สัญญา.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% later\n%%EOF\n") });
    await page.getByRole("button", { name: "ส่งข้อความ" }).click();
    await expect(page.getByRole("heading", { name: "ไฟล์ที่แนบแล้ว" })).toBeVisible();
    await expect(page.getByText(/\.pdf$/)).toBeVisible();
  });

  test("a recipient reads the report and its photo on the web, asks and sends a file back; the reporter answers; staff see nothing", async ({ browser }) => {
    test.setTimeout(240_000);
    const stamp = Date.now();
    const reader = createStaffAccount({ username: `irweb_${stamp}`, role: "OFFICER", divisions: ["PALAD"] });
    addRecipient(reader.username);
    const phrase = `มีการแบ่งซื้อแบ่งจ้างวัสดุก่อสร้าง-E2E-${stamp}`;
    const { reporter, receipt } = await reportWithPhoto(browser, phrase);

    // The recipient, on the office's desk computer.
    const desk = await (await browser.newContext()).newPage();
    await recipientSignsIn(desk, reader.username);
    const cookie = (await desk.context().cookies()).find((c) => c.name === "ko-integrity-recipient-th")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/integrity/recipient" });
    await expectNoSeriousA11yViolations(desk);
    // The same session in English (a cookie per language path, the same token).
    await desk.goto("/en/integrity/recipient");
    await expect(desk.getByRole("heading", { name: "Reports sent to you" })).toBeVisible();
    await expect(desk.locator("tr", { hasText: "Unread" }).first()).toContainText("Procurement");
    await expectNoSeriousA11yViolations(desk);
    await desk.goto("/integrity/recipient");
    const row = desk.locator("tr", { hasText: "ยังไม่ได้อ่าน" }).first();
    await expect(row).toContainText("การจัดซื้อจัดจ้าง");
    await expect(desk.locator("table")).not.toContainText(phrase); // the list shows no report text
    await row.getByRole("link").click();
    await expect(desk.getByText(phrase)).toBeVisible();
    await expect(desk.getByText("ผู้แจ้งไม่เปิดเผยตัวตน")).toBeVisible();
    await expectNoSeriousA11yViolations(desk);
    const reportId = desk.url().split("/").pop()!;

    // The photo: an attachment, not cached, with its GPS position gone.
    const fileUrl = (await desk.getByRole("link", { name: "IMG_3001.jpg" }).getAttribute("href"))!;
    const photo = await desk.request.get(fileUrl);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(photo.headers()["cache-control"]).toBe("no-store");
    expect(await metadataOf(await photo.body())).toMatchObject({ format: "jpeg", gps: false });

    // A question, and a form sent back as a file.
    await desk.getByLabel("ข้อความถึงผู้แจ้ง").fill("ช่วยระบุเลขที่สัญญาได้ไหมครับ");
    await desk.getByLabel(/^ส่งไฟล์ถึงผู้แจ้ง/).setInputFiles({ name: "แบบให้ถ้อยคำ.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% FORM-${stamp}\n%%EOF\n`) });
    await desk.getByRole("button", { name: "ส่งถึงผู้แจ้ง" }).click();
    await expect(desk.getByText("ส่งถึงผู้แจ้งแล้ว")).toBeVisible();
    await expect(desk.locator(".integrity-messages")).toContainText("ช่วยระบุเลขที่สัญญาได้ไหมครับ");

    // The whistleblower comes back with the code: reads the question, downloads the file, answers.
    await reporter.goto("/integrity/follow");
    await reporter.getByLabel("รหัสรับแจ้ง").fill(receipt);
    await reporter.getByRole("button", { name: "เปิดดูเรื่อง" }).click();
    await expect(reporter.locator(".integrity-messages")).toContainText("ช่วยระบุเลขที่สัญญาได้ไหมครับ");
    await expect(reporter.getByRole("heading", { name: "ไฟล์จากผู้รับเรื่อง" })).toBeVisible();
    await expectNoSeriousA11yViolations(reporter);
    const downloading = reporter.waitForEvent("download");
    await reporter.getByRole("button", { name: /^ดาวน์โหลด แบบให้ถ้อยคำ/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(fs.readFileSync((await download.path())!, "latin1")).toContain(`FORM-${stamp}`);
    await reporter.getByLabel("ตอบกลับ").fill("สัญญาเลขที่ 12/2569 ครับ");
    await reporter.getByRole("button", { name: "ส่งข้อความ" }).click();
    await expect(reporter.getByText("ส่งข้อความแล้ว")).toBeVisible();

    // The recipient sees the answer and moves the report on.
    await desk.reload();
    await expect(desk.locator(".integrity-messages")).toContainText("สัญญาเลขที่ 12/2569 ครับ");
    await desk.getByLabel("สถานะใหม่").selectOption("in_review");
    await desk.getByRole("button", { name: "บันทึกสถานะ" }).click();
    await expect(desk.getByText("บันทึกสถานะแล้ว")).toBeVisible();
    await desk.getByRole("button", { name: "ออกจากระบบ" }).first().click();
    await expect(desk.getByRole("heading", { name: "เข้าสู่ระบบผู้รับเรื่องร้องเรียนการทุจริต" })).toBeVisible();
    expect((await desk.request.get(fileUrl)).status()).toBe(403);

    // An ADMIN, an officer of the accused division and one of another: nothing, anywhere.
    const traces = { phrase, reportId, fileUrl };
    await staffSeesNothing(browser, createStaffAccount({ username: `iradmin_${stamp}`, role: "ADMIN" }), traces);
    await staffSeesNothing(browser, createStaffAccount({ username: `irfin_${stamp}`, role: "OFFICER", divisions: ["FINANCE"] }), traces);
    await staffSeesNothing(browser, createStaffAccount({ username: `ireng_${stamp}`, role: "OFFICER", divisions: ["ENGINEERING"] }), traces);
  });

  test("a recipient designated after the report is given it by one who has it, never one of the accused division", async ({ browser }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const clerk = createStaffAccount({ username: `irclerk_${stamp}`, role: "OFFICER", divisions: ["PALAD"] });
    addRecipient(clerk.username);
    const phrase = `ฮั้วประมูลถนนหมู่ 4-E2E-${stamp}`;
    const { reporter } = await reportWithPhoto(browser, phrase);
    await reporter.context().close();
    // Designated afterwards: one in Engineering, one in Finance (the division the report accuses).
    const committee = createStaffAccount({ username: `ircommittee_${stamp}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const accused = createStaffAccount({ username: `iraccused_${stamp}`, role: "OFFICER", divisions: ["FINANCE"] });
    addRecipient(committee.username, "ENGINEERING");
    addRecipient(accused.username, "FINANCE");

    const desk = await (await browser.newContext()).newPage();
    await recipientSignsIn(desk, clerk.username);
    await desk.locator("tr", { hasText: "ยังไม่ได้อ่าน" }).first().getByRole("link").click();
    await expect(desk.getByText(phrase)).toBeVisible();
    const shareWith = desk.getByLabel("ส่งต่อให้");
    await expect(shareWith.locator("option", { hasText: accused.username })).toHaveCount(0);
    await shareWith.selectOption({ label: committee.username });
    await expect(desk.getByTestId("readers")).not.toContainText(committee.username);
    await desk.getByRole("button", { name: "ส่งต่อเรื่อง" }).click();
    await expect(desk.getByTestId("readers")).toContainText(committee.username);
    await expect(desk.getByLabel("ส่งต่อให้").locator("option", { hasText: committee.username })).toHaveCount(0);
    await expectNoSeriousA11yViolations(desk);
    await desk.context().close();

    const other = await (await browser.newContext()).newPage();
    await recipientSignsIn(other, committee.username);
    await other.locator("tr", { hasText: "ยังไม่ได้อ่าน" }).first().getByRole("link").click();
    await expect(other.getByText(phrase)).toBeVisible();
    await other.context().close();

    const finance = await (await browser.newContext()).newPage();
    await recipientSignsIn(finance, accused.username);
    await expect(finance.locator("table")).toHaveCount(0);
    await finance.context().close();
  });

  test("the guideline is rendered from the channel's limits and linked from the form and every service manual", async ({ page }) => {
    await page.goto("/integrity");
    await page.getByRole("link", { name: "คู่มือแนวทางการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "คู่มือแนวทางการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" })).toBeVisible();
    await expect(page.getByText("ตอบผู้แจ้งครั้งแรกภายใน 15 วัน").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/services/PUBLIC_INFRASTRUCTURE_REPAIR");
    await page.getByRole("link", { name: "แจ้งเบาะแสการทุจริต" }).click();
    await expect(page).toHaveURL(/\/integrity$/);
  });

  test("a wrong code is refused without saying how close it was", async ({ page }) => {
    await page.goto("/en/integrity/follow");
    await page.getByLabel("Receipt code").fill("1234 5678 1234 5678");
    await page.getByRole("button", { name: "Open report" }).click();
    await expect(page.locator(".online-alert[role=alert]")).toHaveText("That code is not valid");
  });
});
