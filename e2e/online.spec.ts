import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { queryDatabase } from "./support/database";
import { createStaffAccount, signIn } from "./support/staff";

// A resident's own phone: 360 px wide, touch.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function fillIdentity(page: import("@playwright/test").Page, citizenId = "1101700207030") {
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(citizenId);
  await page.getByLabel(/^คำนำหน้าชื่อ/).fill("นาง");
  await page.getByLabel(/^ชื่อ/).fill("สมศรี");
  await page.getByLabel(/^นามสกุล/).fill("ใจงาม");
  await page.getByLabel(/^วันเกิด/).fill("1975-03-14");
  await page.getByLabel(/^ที่อยู่ตามทะเบียนบ้าน/).fill("45 หมู่ 2 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน");
  await page.getByLabel(/^เบอร์โทรศัพท์/).fill("0891234567");
}

test.describe("online e-service", () => {
  test.setTimeout(90_000);

  test("a resident files a repair from a phone, checks the answers, gets the receipt, and the board shows it live", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `eng_online_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const staffPage = await (await browser.newContext()).newPage();
    await signIn(staffPage, officer);
    await staffPage.goto("/staff?division=ENGINEERING&tab=new");

    await page.goto("/e-service");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("ค้นหาบริการออนไลน์").fill("ไฟฟ้า");
    await page.getByRole("button", { name: "ค้นหา" }).click();
    await page.getByRole("listitem").filter({ hasText: "แจ้งซ่อมไฟฟ้าสาธารณะ" }).getByRole("link", { name: "ยื่นคำขอ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("แจ้งซ่อม");
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A mistyped citizen ID is caught while typing.
    await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill("1101700207031");
    await expect(page.getByText("หลักสุดท้ายไม่ตรงตามหลักตรวจสอบ", { exact: false })).toBeVisible();
    await fillIdentity(page);
    await expect(page.getByText("เลขประจำตัวถูกต้องตามหลักตรวจสอบ")).toBeVisible();

    // A required answer left out is named, and nothing typed is lost.
    await page.getByRole("button", { name: "ตรวจสอบข้อมูล" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "กรุณาแก้ไข" })).toBeVisible();
    await expect(page.getByLabel(/^ชื่อ/)).toHaveValue("สมศรี");
    await page.getByLabel("ไฟฟ้าส่องสว่างสาธารณะ").check();
    await page.getByLabel(/^สถานที่/).fill("หน้าบ้านเลขที่ 45 หมู่ 2 <b>ใกล้วัด</b>");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "ตรวจสอบข้อมูล" }).click();

    await expect(page.getByRole("heading", { name: "ตรวจสอบข้อมูลก่อนยื่น" })).toBeVisible();
    await expect(page.getByText("หน้าบ้านเลขที่ 45 หมู่ 2 <b>ใกล้วัด</b>")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "ยืนยันและยื่นคำขอ" }).click();

    await expect(page.getByRole("heading", { name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    expect(reference).toMatch(/^KO-\d{4}-\d{6}$/);
    await expect(page.getByRole("img", { name: "คิวอาร์โค้ดสำหรับติดตามคำขอ" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Seen live on the Engineering board, marked typed online and not verified.
    await expect(staffPage.getByRole("link", { name: reference })).toBeVisible({ timeout: 2_000 });
    await staffPage.getByRole("link", { name: reference }).click();
    await expect(staffPage.getByTestId("identity-source")).toHaveText("พิมพ์ข้อมูลเองทางออนไลน์ ยังไม่ได้ยืนยันจากบัตร");
    const [row] = await queryDatabase<{ channel: string; identitySource: string }>(`SELECT "channel", "identitySource" FROM "Request" WHERE "reference" = ?`, reference);
    expect(row).toEqual({ channel: "online", identitySource: "typed" });

    // The tracking link opens the request's page; reference + last 4 finds it too, a wrong pair does not.
    await page.getByRole("link", { name: /\/track\// }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("แจ้งซ่อม");
    await page.goto("/track");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("เลขที่คำขอ").fill(reference);
    await page.getByLabel("เลข 4 ตัวท้ายของเลขประจำตัวประชาชน").fill("1234");
    await page.getByRole("button", { name: "ดูสถานะ" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "ไม่พบคำขอ" })).toBeVisible();
    await page.getByLabel("เลข 4 ตัวท้ายของเลขประจำตัวประชาชน").fill("7030");
    await page.getByRole("button", { name: "ดูสถานะ" }).click();
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page).toHaveURL(/\/track\/[A-Za-z0-9_-]{22}$/);
  });
});
