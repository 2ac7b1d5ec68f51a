import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { photoWithGps } from "../test/support/test-files";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { RESIDENT } from "./support/kiosk";
import { mailTo } from "./support/mail";
import { createStaffAccount, signIn } from "./support/staff";

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

type Complainant = { first: string; last: string; email: string; keepName: boolean };

/** A street-light complaint filed online from a phone, as a resident would. */
async function fileComplaintOnline(page: Page, who: Complainant): Promise<{ reference: string; trackingUrl: string }> {
  await page.goto("/e-service/GENERAL_COMPLAINT");
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(RESIDENT.citizenId);
  await page.getByLabel(/^คำนำหน้าชื่อ/).fill("นาย");
  await page.getByLabel(/^ชื่อ/).fill(who.first);
  await page.getByLabel(/^นามสกุล/).fill(who.last);
  await page.getByLabel(/^วันเกิด/).fill("1980-01-15");
  await page.getByLabel(/^ที่อยู่ตามทะเบียนบ้าน/).fill("99/1 หมู่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน");
  await page.getByLabel(/^เบอร์โทรศัพท์/).fill("0812345678");
  await page.getByLabel(/^อีเมล/).fill(who.email);
  await page.getByLabel("ไฟฟ้าส่องสว่างสาธารณะ").check();
  await page.getByLabel(/^รายละเอียดเรื่องร้องเรียน/).fill("ไฟถนนดับทั้งซอยมาสามคืนแล้ว มืดมาก");
  await page.getByLabel(/^สถานที่/).first().fill("ซอย 3 หมู่ 2 หน้าวัดก้อ");
  await page.getByLabel(/^ภาพถ่ายหรือเอกสารประกอบ/).setInputFiles({ name: "dark-street.jpg", mimeType: "image/jpeg", buffer: await photoWithGps() });
  await page.getByRole("group", { name: /ไม่เปิดเผยชื่อของฉันต่อกองที่รับผิดชอบเรื่อง/ }).getByLabel(who.keepName ? "ใช่" : "ไม่ใช่", { exact: true }).check();
  await page.getByRole("button", { name: "ตรวจสอบข้อมูล" }).click();
  await page.getByRole("button", { name: "ยืนยันและยื่นคำขอ" }).click();
  await expect(page.getByRole("heading", { name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 15_000 });
  // A complaint has its own first limit: the day the division acknowledges it by.
  await expect(page.getByTestId("acknowledge-by")).not.toBeEmpty();
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  const trackingUrl = (await page.getByRole("link", { name: /\/track\// }).textContent())!.trim();
  return { reference, trackingUrl };
}

test.describe("complaints", () => {
  test.setTimeout(180_000);

  test("two residents report the same dark street online; the HEAD merges them, answers once, and each follows it to the answer", async ({ browser, page }) => {
    const stamp = Date.now();
    const head = createStaffAccount({ username: `complaints_head_${stamp}`, role: "HEAD", divisions: ["ENGINEERING"] });
    await signIn(page, head);
    await page.goto("/staff?division=ENGINEERING&kind=complaints&tab=new");

    const first: Complainant = { first: "สมชาย", last: "ใจดี", email: `first.${stamp}@example.org`, keepName: true };
    const second: Complainant = { first: "สมหญิง", last: "รักถิ่น", email: `second.${stamp}@example.org`, keepName: false };
    const residentA = await (await browser.newContext(PHONE)).newPage();
    const residentB = await (await browser.newContext(PHONE)).newPage();
    const a = await fileComplaintOnline(residentA, first);
    const b = await fileComplaintOnline(residentB, second);

    // Both arrive live on the division's complaint list, routed to Engineering by topic;
    // the one who asked is masked from the division.
    const rowA = page.getByRole("row", { name: new RegExp(a.reference) });
    const rowB = page.getByRole("row", { name: new RegExp(b.reference) });
    await expect(rowA).toBeVisible({ timeout: 5_000 });
    await expect(rowB).toContainText("สมหญิง");
    await expect(rowA).not.toContainText("ใจดี");
    await expectNoSeriousA11yViolations(page);

    // The HEAD merges the second into the first.
    await page.goto(`/staff/requests/${b.reference}`);
    await page.getByLabel(/^เลขที่เรื่องร้องเรียนที่จะรวมเข้า/).fill(a.reference.toLowerCase());
    await page.getByRole("button", { name: "รวมเรื่อง" }).click();
    await expect(page.getByTestId("merged-into")).toContainText(a.reference);
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The second resident is told, without the other complaint's reference.
    await residentB.goto(b.trackingUrl);
    await expect(residentB.getByText(/รวมกับเรื่องร้องเรียนปัญหาเดียวกัน/)).toBeVisible();
    await expect(residentB.getByText(a.reference)).toHaveCount(0);

    // The first complaint is acknowledged and answered once.
    await page.goto(`/staff/requests/${a.reference}`);
    await expect(page.getByTestId("name-withheld")).toBeVisible();
    await expect(page.getByTestId("merged-here")).toContainText(b.reference);
    await page.getByRole("button", { name: "รับเรื่อง" }).click();
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    await page.getByLabel("ผลการดำเนินการ").fill("เปลี่ยนหลอดไฟทั้งซอยแล้ว");
    await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
    await expect(page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" })).toHaveCount(0);
    // The buttons go while the action is still pending: wait for the page the commit renders
    // (on PostgreSQL a resident's page opened sooner still showed the complaint in progress).
    await expect(page.getByTestId("request-status")).toHaveText(/แล้วเสร็จ/);

    // Each complainant follows it to the answer, on the tracking page and by mail.
    for (const [resident, filed, who] of [[residentA, a, first], [residentB, b, second]] as const) {
      await resident.goto(filed.trackingUrl);
      await expect(resident.getByRole("status")).toHaveText("ดำเนินการแล้วเสร็จ");
      await expect(resident.getByText("ดำเนินการแล้วเสร็จ: เปลี่ยนหลอดไฟทั้งซอยแล้ว")).toBeVisible();
      await expectNoSeriousA11yViolations(resident);
      await expect.poll(() => mailTo(who.email).some((message) => message.text.includes("เปลี่ยนหลอดไฟทั้งซอยแล้ว")), { timeout: 20_000 }).toBe(true);
      for (const message of mailTo(who.email)) expect(message.subject).toContain(filed.reference);
      await resident.context().close();
    }
  });
});
