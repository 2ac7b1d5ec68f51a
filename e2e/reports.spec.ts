import fs from "node:fs";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createStaffAccount, fileTestRequest, signIn } from "./support/staff";

test.describe("division reports", () => {
  test.setTimeout(60_000);

  test("a head sees their division's requests counted, switches language and downloads the figures", async ({ page }) => {
    const head = createStaffAccount({ username: `head_${Date.now()}`, role: "HEAD", divisions: ["ENGINEERING"] });
    await signIn(page, head);
    await page.getByRole("link", { name: "รายงาน" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("รายงานผลการให้บริการ: กองช่าง");
    const before = Number(await page.getByTestId("report-received").textContent());

    fileTestRequest(); // an Engineering Division request, filed now
    await page.reload();
    await expect(page.getByTestId("report-received")).toHaveText(String(before + 1));
    const row = page.getByRole("row", { name: /แจ้งซ่อมไฟฟ้าสาธารณะ/ });
    await expect(row).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "ดาวน์โหลด CSV" }).click();
    const csv = fs.readFileSync(await (await download).path(), "utf8");
    expect(csv).toContain("แจ้งซ่อมไฟฟ้าสาธารณะ");
    expect(csv).toMatch(new RegExp(`,รวม,${before + 1},`));

    await page.getByRole("link", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service report: Engineering Division");
  });

  test("a head cannot open another division's report, even by editing the address", async ({ page }) => {
    const head = createStaffAccount({ username: `head_${Date.now()}`, role: "HEAD", divisions: ["WELFARE"] });
    await signIn(page, head);
    expect((await page.goto("/staff/reports?division=ENGINEERING"))?.status()).toBe(404);
    expect((await page.request.get("/staff/reports/export?division=ENGINEERING")).status()).toBe(404);
    expect((await page.goto("/staff/reports"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("รายงานผลการให้บริการ: กองสวัสดิการสังคม");
  });
});
