import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { insertCard } from "../scripts/support/virtual-card";
import { metadataOf, photoWithGps } from "../test/support/test-files";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { RESIDENT } from "./support/kiosk";
import { changeDatabase, queryDatabase } from "./support/database";
import { mailTo } from "./support/mail";
import { createStaffAccount, signIn } from "./support/staff";

/** Last month in Bangkok (YYYY-MM) and its Buddhist fiscal year (October starts the next). */
function lastMonth(): { month: string; fiscalYear: number } {
  const now = new Date(Date.now() + 7 * 3600_000);
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const year = last.getUTCFullYear();
  const monthNumber = last.getUTCMonth() + 1;
  return { month: `${year}-${String(monthNumber).padStart(2, "0")}`, fiscalYear: (monthNumber >= 10 ? year + 1 : year) + 543 };
}

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

async function fileRepairOnline(page: Page, options: { email: string; photo: Buffer }): Promise<{ reference: string; trackingUrl: string }> {
  await page.goto("/e-service/PUBLIC_INFRASTRUCTURE_REPAIR");
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(RESIDENT.citizenId);
  await page.getByLabel(/^คำนำหน้าชื่อ/).fill("นาย");
  await page.getByLabel(/^ชื่อ/).fill("สมชาย");
  await page.getByLabel(/^นามสกุล/).fill("ใจดี");
  await page.getByLabel(/^วันเกิด/).fill("1980-01-15");
  await page.getByLabel(/^ที่อยู่ตามทะเบียนบ้าน/).fill("99/1 หมู่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน");
  await page.getByLabel(/^เบอร์โทรศัพท์/).fill("0812345678");
  await page.getByLabel(/^อีเมล/).fill(options.email);
  // The pole number is asked only for a street light.
  await page.getByLabel("ถนน", { exact: true }).check();
  await expect(page.getByLabel(/^หมายเลขเสาไฟฟ้า/)).toHaveCount(0);
  await page.getByLabel("ไฟฟ้าส่องสว่างสาธารณะ").check();
  await page.getByLabel(/^หมายเลขเสาไฟฟ้า/).fill("KO-117");
  await page.getByLabel(/^สถานที่/).fill("หน้าวัดก้อ หมู่ 3");
  await page.getByLabel(/^ภาพถ่าย/).setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: options.photo });
  await expect(page.getByText(/IMG_2041\.jpg/)).toBeVisible();
  await page.getByRole("button", { name: "ตรวจสอบข้อมูล" }).click();
  await expect(page.getByText("KO-117")).toBeVisible();
  await page.getByRole("button", { name: "ยืนยันและยื่นคำขอ" }).click();
  await expect(page.getByRole("heading", { name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 15_000 });
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  const trackingUrl = (await page.getByRole("link", { name: /\/track\// }).textContent())!.trim();
  return { reference, trackingUrl };
}

/** Mail to `to`, once `count` messages have arrived (the outbox sends within seconds). */
async function waitForMail(to: string, count: number) {
  await expect.poll(() => mailTo(to).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  return mailTo(to);
}

test.describe("the online journey", () => {
  test.setTimeout(180_000);

  test("file from a phone with a photo, documents asked and sent from the tracking page, completed, mailed at each step, and rated", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `journey_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer);
    await page.goto("/staff?division=ENGINEERING&tab=new");
    const email = `somchai.${Date.now()}@example.org`;
    const resident = await (await browser.newContext(PHONE)).newPage();
    const photo = await photoWithGps({ width: 800, height: 600 });
    expect((await metadataOf(photo)).gps).toBe(true);

    const { reference, trackingUrl } = await fileRepairOnline(resident, { email, photo });
    await expect(page.getByRole("link", { name: reference })).toBeVisible({ timeout: 2_000 });

    // The officer downloads the photo: the same picture, its GPS position gone.
    await page.goto(`/staff/requests/${reference}`);
    const link = page.getByTestId("attachments").getByRole("link").first();
    const download = await page.request.get((await link.getAttribute("href"))!);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await metadataOf(await download.body())).toMatchObject({ format: "jpeg", gps: false, exif: false });

    await page.getByRole("button", { name: "รับเรื่อง" }).click();
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    await page.getByLabel("รายการที่ขาด").fill("ภาพถ่ายเสาไฟฟ้าในระยะใกล้");
    await page.getByRole("button", { name: "บันทึกและแจ้งผู้ยื่น" }).click();
    await expect(page.getByRole("button", { name: "ดำเนินการต่อ" })).toBeVisible();

    // The resident sees what is missing and sends it from the tracking page.
    await resident.goto(trackingUrl);
    await expect(resident.getByRole("heading", { name: "เอกสารหรือข้อมูลที่เจ้าหน้าที่ขอเพิ่ม" })).toBeVisible();
    await expect(resident.getByText("ภาพถ่ายเสาไฟฟ้าในระยะใกล้").first()).toBeVisible();
    await expectNoSeriousA11yViolations(resident);
    await resident.getByLabel("เลือกไฟล์").setInputFiles({ name: "pole.jpg", mimeType: "image/jpeg", buffer: photo });
    await resident.getByRole("button", { name: "ส่งเอกสาร" }).click();
    await expect(resident.getByText("ผู้ยื่นคำขอส่งเอกสาร 1 ไฟล์")).toBeVisible({ timeout: 10_000 });

    // Staff see the upload; the clock waits for the officer, who resumes and completes.
    await page.reload();
    await expect(page.getByTestId("attachments").getByRole("link")).toHaveCount(2);
    await expect(page.getByTestId("request-status")).toHaveText(/รอ/);
    await page.getByRole("button", { name: "ดำเนินการต่อ" }).click();
    await expect(page.getByRole("button", { name: "ดำเนินการต่อ" })).toHaveCount(0);
    await page.getByLabel("ผลการดำเนินการ").fill("เปลี่ยนหลอดไฟแล้ว");
    await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
    await expect(page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" })).toHaveCount(0);

    // Mail at each public step, through a real SMTP server: no name or ID in any subject.
    await expect.poll(() => mailTo(email).some((message) => /\/survey/.test(message.text)), { timeout: 20_000 }).toBe(true);
    const mail = await waitForMail(email, 4);
    for (const message of mail) {
      expect(message.subject).toContain(reference);
      expect(message.subject).not.toMatch(/สมชาย|ใจดี|1101700207030/);
      expect(message.text).toContain("/track/");
    }
    const completed = mail.find((message) => /\/survey/.test(message.text));
    expect(completed, "the completion mail invites to the survey").toBeDefined();
    const surveyUrl = /(https?:\/\/\S+\/track\/[A-Za-z0-9_-]{22}\/survey)/.exec(completed!.text)![1]!;

    // The resident rates the service from the mail's link.
    await resident.goto(surveyUrl);
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("แบบประเมินความพึงพอใจ");
    const questions = resident.locator("form fieldset");
    for (let i = 0; i < (await questions.count()); i += 1) await questions.nth(i).getByRole("radio", { name: /^5 / }).check();
    await resident.getByRole("button", { name: "ส่งแบบประเมิน" }).click();
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("ขอบคุณที่ตอบแบบประเมิน");
    await resident.context().close();

    // The aggregate shows it. Figures count only months that have ended, so the answer is moved
    // to last month, beside four answers of 1: a mean of 1.80 is there only if it counts.
    const { month, fiscalYear } = lastMonth();
    const [answer] = await queryDatabase<{ id: number; serviceId: number; divisionId: number }>(`SELECT "id", "serviceId", "divisionId" FROM "SurveyResponse" ORDER BY "id" DESC LIMIT 1`);
    await changeDatabase(`UPDATE "SurveyResponse" SET "month" = ?, "fiscalYear" = ? WHERE "id" = ?`, month, fiscalYear, answer!.id);
    for (let i = 0; i < 4; i += 1) {
      await changeDatabase(
        `INSERT INTO "SurveyResponse" ("serviceId", "divisionId", "channel", "month", "fiscalYear", "process", "staff", "time", "facilities", "information", "overall", "comment") VALUES (?, ?, 'kiosk', ?, ?, 1, 1, 1, 1, 1, 1, '')`,
        answer!.serviceId, answer!.divisionId, month, fiscalYear,
      );
    }
    const head = createStaffAccount({ username: `journey_head_${Date.now()}`, role: "HEAD", divisions: ["ENGINEERING"] });
    const staffPage = await (await browser.newContext()).newPage();
    await signIn(staffPage, head);
    await staffPage.goto(`/staff/reports/satisfaction?division=ENGINEERING&year=${fiscalYear}&month=${month}`);
    const division = staffPage.getByTestId("division-ENGINEERING");
    await expect(division.getByTestId("satisfaction-count").first()).toHaveText("ผู้ตอบ 5 ราย");
    await expect(division.getByRole("row", { name: /ในภาพรวม/ }).first()).toContainText("1.80");
    await expectNoSeriousA11yViolations(staffPage);
    await staffPage.context().close();
  });

  test("the counter verifies an online applicant from the card chip, still without photocopies", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `verify_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const resident = await (await browser.newContext(PHONE)).newPage();
    const { reference } = await fileRepairOnline(resident, { email: "", photo: await photoWithGps() });
    await resident.context().close();

    await signIn(page, officer);
    await page.goto(`/staff/requests/${reference}`);
    await expect(page.getByTestId("identity-source")).toHaveText("พิมพ์ข้อมูลเองทางออนไลน์ ยังไม่ได้ยืนยันจากบัตร");
    await expectNoSeriousA11yViolations(page);
    const card = await insertCard();
    try {
      await page.getByRole("button", { name: "อ่านบัตร" }).click();
      await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 10_000 });
      await page.getByRole("button", { name: "ตรวจสอบกับคำขอ" }).click();
      // The page refreshes as verified: the check is done and offered no more.
      await expect(page.getByTestId("identity-source")).toContainText("ยืนยันจากชิปบัตรประจำตัวประชาชน", { timeout: 10_000 });
      await expect(page.getByRole("button", { name: "ตรวจสอบกับคำขอ" })).toHaveCount(0);
    } finally {
      await card.remove();
    }
    await expect(page.getByText("ยืนยันตัวตนจากชิปบัตรประจำตัวประชาชน ที่ ตู้บริการในเครื่องแม่ข่าย", { exact: false }).first()).toBeVisible();
  });
});
