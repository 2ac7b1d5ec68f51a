import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { findServiceCode } from "./support/catalogue";

test.describe("public service manual", () => {
  test("states time, fee and documents explicitly, in Thai", async ({ page, request }) => {
    const code = await findServiceCode(request, "ไฟฟ้าสาธารณะ");
    await page.goto(`/services/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ไฟฟ้าสาธารณะ");
    await expect(page.getByText("คู่มือสำหรับประชาชน")).toBeVisible();
    const facts = page.locator(".facts");
    await expect(facts).toContainText("กองช่าง");
    await expect(facts).toContainText("วันทำการ");
    await expect(facts).toContainText("ไม่มีค่าธรรมเนียม");
    await expect(page.getByRole("heading", { level: 2, name: "เอกสารที่ต้องใช้" })).toBeVisible();
    await expect(page.locator(".manual .notice")).toContainText("ไม่ต้องใช้สำเนาบัตรประจำตัวประชาชนหรือสำเนาทะเบียนบ้าน");
    // The form preview lists what the card cannot tell: the location, at least.
    await expect(page.locator(".questions")).toContainText("สถานที่");
    await expectNoSeriousA11yViolations(page);
  });

  test("is available in English with the same facts", async ({ page, request }) => {
    const code = await findServiceCode(request, "ไฟฟ้าสาธารณะ");
    await page.goto(`/en/services/${code}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Public service manual")).toBeVisible();
    await expect(page.locator(".facts")).toContainText("No fee");
    await expect(page.locator(".facts")).toContainText("Engineering Division");
    await expect(page.getByRole("link", { name: "เปลี่ยนเป็นภาษาไทย" })).toHaveAttribute("href", `/services/${code}`);
    await expectNoSeriousA11yViolations(page);
  });

  test("says 'none' when a service needs no documents", async ({ page, request }) => {
    const code = await findServiceCode(request, "ไฟฟ้าสาธารณะ");
    await page.goto(`/services/${code}`);
    await expect(page.locator(".explicit-none")).toHaveText("ไม่ต้องใช้เอกสารใด ๆ");
  });

  test("prints cleanly: no site navigation on paper", async ({ page, request }) => {
    const code = await findServiceCode(request, "ไฟฟ้าสาธารณะ");
    await page.goto(`/services/${code}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("button", { name: "พิมพ์คู่มือ" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });

  test("shows a helpful page for an unknown service", async ({ page }) => {
    const response = await page.goto("/en/services/NO_SUCH_SERVICE");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
