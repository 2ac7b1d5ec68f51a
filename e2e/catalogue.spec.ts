import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

test.describe("service catalogue", () => {
  test("lists the services by division in Thai, searchable", async ({ page }) => {
    await page.goto("/services");
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await expect(page.getByRole("heading", { level: 1, name: "บริการทั้งหมด" })).toBeVisible();
    for (const division of ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองสวัสดิการสังคม", "กองยุทธศาสตร์และงบประมาณ"]) {
      await expect(page.getByRole("heading", { level: 2, name: division })).toBeVisible();
    }
    expect(await page.locator(".service-card").count()).toBeGreaterThanOrEqual(20);

    await page.getByLabel("ค้นหาบริการ").fill("ไฟฟ้าสาธารณะ");
    await page.getByRole("button", { name: "ค้นหา" }).click();
    await expect(page).toHaveURL(/\/services\?q=/);
    await expect(page.getByRole("status")).toContainText("ไฟฟ้าสาธารณะ");
    const cards = page.locator(".service-card");
    await expect(cards.first()).toContainText("ไฟฟ้าสาธารณะ");
    expect(await cards.count()).toBeLessThan(5);
    await expectNoSeriousA11yViolations(page);
  });

  test("switches to English and keeps the search", async ({ page }) => {
    await page.goto("/services?q=%E0%B9%84%E0%B8%9F%E0%B8%9F%E0%B9%89%E0%B8%B2");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/en\/services\?q=/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "All services" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("match");

    // Links from an English page stay in English.
    const first = page.locator(".service-card a").first();
    await expect(first).toHaveAttribute("href", /^\/en\/services\/[A-Z_]+$/);
  });

  test("English catalogue passes the accessibility scan", async ({ page }) => {
    await page.goto("/en/services");
    await expect(page.getByRole("heading", { level: 2, name: "Engineering Division" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("filters by category from the home page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /สวัสดิการและเบี้ยยังชีพ/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "สวัสดิการและเบี้ยยังชีพ" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["กองสวัสดิการสังคม"]);
  });
});
