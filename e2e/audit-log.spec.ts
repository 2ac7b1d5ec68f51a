import fs from "node:fs";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addAuditEntries, createStaffAccount, signIn } from "./support/staff";

/** Today and yesterday in Ko, as the day/month/Buddhist-era year selects take them. */
function bangkokParts(daysAgo: number) {
  const date = new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000);
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear() + 543), iso: date.toISOString().slice(0, 10) };
}

test.describe("audit log", () => {
  test.setTimeout(90_000);

  test("shows 200 entries worded in Thai, in the Sarabun font, details as labelled fields, at a sensible height", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1024 });
    const admin = createStaffAccount({ username: `audit${Date.now() % 100_000}`, role: "ADMIN" });
    addAuditEntries(200, admin.id);
    await signIn(page, admin);
    await page.goto("/staff/admin/audit");

    // Actions in words, not codes; details as labels and values, not JSON.
    const holiday = page.getByRole("row").filter({ hasText: "เพิ่มวันหยุด" }).first();
    await expect(holiday).toContainText("ชื่อ (ไทย)");
    await expect(holiday).toContainText("วันสงกรานต์");
    await expect(page.getByRole("row").filter({ hasText: "แก้ไขบริการ" }).first()).toContainText("ระยะเวลาดำเนินการ (วัน)");
    expect(await page.locator("table").innerText()).not.toContain('{"');

    // The Thai in the details cell is drawn with Sarabun (Debian's monospace has no Thai glyphs).
    const detail = holiday.locator("td.audit-detail-cell dd").first();
    expect(await detail.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Sarabun"?,/);
    const thaiFace = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.replace(/"/g, "") === "Sarabun" && face.status === "loaded" && /U\+E0[0-7]|U\+0E0/i.test(face.unicodeRange));
    });
    expect(thaiFace, "a loaded Sarabun face covering Thai").toBe(true);
    for (const control of await page.locator(".audit-page select, .audit-page button, .audit-page input").all()) {
      expect(await control.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Sarabun"?,/);
    }

    // A page of 50 rows stays readable: no column squeezed into a tall ribbon (six columns
    // with the detail as raw JSON made it 7,000 px and more).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `page height ${height}px`).toBeLessThan(6_000);
    await expectNoSeriousA11yViolations(page);
  });

  test("filters by Thai dates (day, month, Buddhist-era year) and still exports the CSV", async ({ page }) => {
    const admin = createStaffAccount({ username: `audit_dates_${Date.now()}`, role: "ADMIN" });
    addAuditEntries(20, admin.id);
    await signIn(page, admin);
    await page.goto("/staff/admin/audit");
    const from = bangkokParts(1);
    const to = bangkokParts(0);
    // The year select offers Buddhist-era years.
    await expect(page.locator('select[name="fromYear"] option', { hasText: to.year })).toHaveCount(1);
    await page.locator('select[name="fromDay"]').selectOption(from.day);
    await page.locator('select[name="fromMonth"]').selectOption(from.month);
    await page.locator('select[name="fromYear"]').selectOption(from.year);
    await page.locator('select[name="toDay"]').selectOption(to.day);
    await page.locator('select[name="toMonth"]').selectOption(to.month);
    await page.locator('select[name="toYear"]').selectOption(to.year);
    await page.getByRole("button", { name: "ค้นหา" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${from.iso}&to=${to.iso}`));
    await expect(page.locator('select[name="toYear"]')).toHaveValue(to.year);
    await expect(page.getByRole("row").filter({ hasText: "เพิ่มวันหยุด" }).first()).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "ส่งออกเป็น CSV" }).click();
    const csv = fs.readFileSync(await (await download).path(), "utf8");
    expect(csv.startsWith("\uFEFFid,time (Asia/Bangkok),actor type,staff username,actor label,action,subject type,subject id,person key,detail\r\n")).toBe(true);
    expect(csv).toContain("holiday.added");
    expect(csv).toContain("วันสงกรานต์");

    // A day the month does not have is said, not silently dropped.
    await page.locator('select[name="fromDay"]').selectOption("31");
    await page.locator('select[name="fromMonth"]').selectOption("4");
    await page.getByRole("button", { name: "ค้นหา" }).click();
    await expect(page.getByText("ไม่มีวันที่นี้ในปฏิทิน")).toBeVisible();
  });
});

test.describe("municipality-wide views", () => {
  test.setTimeout(60_000);

  test("an administrator's board opens on every division, and the reports give the municipality's total", async ({ page }) => {
    const admin = createStaffAccount({ username: `mun_admin_${Date.now()}`, role: "ADMIN" });
    await signIn(page, admin);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("กระดานงาน: ทุกส่วนราชการของเทศบาล");
    await page.getByRole("link", { name: "กองช่าง" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("กระดานงาน: กองช่าง");
    await page.goto("/staff/reports?division=all");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("รายงานผลการให้บริการ: ทุกส่วนราชการของเทศบาล");
    await expectNoSeriousA11yViolations(page);
  });

  test("a head of one division has no municipality total", async ({ page }) => {
    const head = createStaffAccount({ username: `one_head_${Date.now()}`, role: "HEAD", divisions: ["WELFARE"] });
    await signIn(page, head);
    expect((await page.goto("/staff/reports?division=all"))?.status()).toBe(404);
    expect((await page.request.get("/staff/reports/export?division=all")).status()).toBe(404);
    await page.goto("/staff?division=all");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("กระดานงาน: กองสวัสดิการสังคม");
  });
});
