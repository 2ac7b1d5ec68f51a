import { execFileSync } from "node:child_process";
import path from "node:path";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createStaffAccount } from "./support/staff";
import { expect, test } from "./support/test";

const ROOT = path.resolve(__dirname, "..");

/** `npm run integrity -- recipient add` on the server's database, with a piped password. */
function addRecipient(username: string) {
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/integrity.ts", "recipient", "add", "--username", username, "--password-stdin"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${process.env.E2E_DATABASE}` },
    input: "e2e recipient password\n",
  });
}

// A reporter's own phone.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

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

  test("a wrong code is refused without saying how close it was", async ({ page }) => {
    await page.goto("/en/integrity/follow");
    await page.getByLabel("Receipt code").fill("1234 5678 1234 5678");
    await page.getByRole("button", { name: "Open report" }).click();
    await expect(page.locator(".online-alert[role=alert]")).toHaveText("That code is not valid");
  });
});
