import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createStaffAccount, signIn } from "./support/staff";

// A minimal PDF: file-type knows it by its "%PDF-" signature.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test.describe("the integrity-assessment evidence page and checklist", () => {
  test.setTimeout(60_000);

  test("public /ita lists the year's items in number order with their evidence links, in Thai and English, axe clean", async ({ page }) => {
    await page.goto("/ita/2570");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("หลักฐานการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2570");
    const eService = page.getByTestId("ita-item-e-service");
    await expect(eService.getByRole("link", { name: "ระบบบริการออนไลน์ (E-Service)" })).toHaveAttribute("href", "/e-service");
    await expect(page.getByTestId("ita-item-service-statistics").getByRole("link", { name: /สถิติการให้บริการ ปีงบประมาณที่ผ่านมา/ })).toHaveAttribute("href", "/statistics?year=2569");
    await expect(page.getByTestId("ita-item-budget-plan")).toContainText("ยังไม่มีหลักฐาน");
    const numbers = await page.locator("tbody th").allTextContents();
    expect(numbers.map((n) => Number(n.slice(1)))).toEqual([...numbers.map((n) => Number(n.slice(1)))].sort((a, b) => a - b));
    await expectNoSeriousA11yViolations(page);

    await page.goto("/en/ita/2570/e-service");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("O14 E-Service");
    await expect(page.getByRole("link", { name: "E-Service user manual" })).toHaveAttribute("href", "/en/e-service/manual");
    await expectNoSeriousA11yViolations(page);
  });

  test("an officer of the responsible division uploads a PDF and the item turns complete on /ita; another division's officer cannot", async ({ page }) => {
    const other = createStaffAccount({ username: `ita_welfare_${Date.now()}`, role: "OFFICER", divisions: ["WELFARE"] });
    await signIn(page, other);
    await page.goto("/staff/ita?year=2570");
    const item = page.getByTestId("checklist-budget-report");
    await expect(item).toContainText("ดูได้อย่างเดียว");
    await expect(item.getByRole("button", { name: "อัปโหลด" })).toHaveCount(0);
    await page.context().clearCookies();

    const officer = createStaffAccount({ username: `ita_finance_${Date.now()}`, role: "OFFICER", divisions: ["FINANCE"] });
    await signIn(page, officer);
    await page.getByRole("link", { name: "รายการ ITA" }).click();
    await page.goto("/staff/ita?year=2570");
    const mine = page.getByTestId("checklist-budget-report");
    await expect(mine).toContainText("ยังขาด");
    await mine.getByLabel("ไฟล์").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: PDF });
    await mine.getByLabel("ชื่อเอกสาร").first().fill("รายงานการใช้จ่ายงบประมาณ 6 เดือน");
    await mine.getByRole("button", { name: "อัปโหลด" }).click();
    await expect(page.getByRole("status")).toHaveText("เพิ่มหลักฐานแล้ว");
    await expect(page.getByTestId("checklist-budget-report")).toContainText("ครบ");

    await page.goto("/ita/2570");
    const row = page.getByTestId("ita-item-budget-report");
    await expect(row).toHaveAttribute("data-complete", "yes");
    const href = await row.getByRole("link", { name: /รายงานการใช้จ่ายงบประมาณ 6 เดือน/ }).getAttribute("href");
    expect(href).toMatch(/^\/ita-files\/[0-9a-f]{32}\.pdf$/);
    const file = await page.request.get(href!);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await file.body())).toEqual(PDF);
  });

  test("the ADMIN renumbers an item and its stable address still works", async ({ page }) => {
    const admin = createStaffAccount({ username: `ita_admin_${Date.now() % 100_000}`, role: "ADMIN" });
    await signIn(page, admin);
    await page.goto("/staff/admin/ita?year=2570");
    const form = page.getByTestId("edit-e-service");
    await form.getByLabel("หมายเลข").fill("40");
    await form.getByRole("button", { name: "บันทึก" }).click();
    await expect(page.getByRole("status")).toHaveText("บันทึกแล้ว");

    await page.goto("/ita/2570/e-service");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("O40 E-Service");
    await page.goto("/ita/2570");
    await expect(page.getByTestId("ita-item-e-service").locator("th")).toHaveText("O40");
  });
});
