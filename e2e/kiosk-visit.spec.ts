import { expect, test } from "./support/test";
import { insertCard, type InsertedCard } from "../scripts/support/virtual-card";
import { openKiosk, RESIDENT } from "./support/kiosk";

// The kiosk PC's screen: a 1280x1024 touch monitor, as at the counter.
test.use({ viewport: { width: 1280, height: 1024 } });

let card: InsertedCard | null = null;
test.afterEach(async () => {
  await card?.remove();
  card = null;
});

test.describe("kiosk visit at 1280x1024", () => {
  test("the privacy notice's acknowledge button is on screen without scrolling, in Thai and English", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByRole("heading", { level: 1, name: "การใช้ข้อมูลส่วนบุคคลของท่าน" })).toBeVisible({ timeout: 5_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" })).toBeInViewport({ ratio: 1 });
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "How we use your personal data" })).toBeVisible();
    await expect(page.getByRole("button", { name: "I understand, continue" })).toBeInViewport({ ratio: 1 });
  });

  test('"cancel" asks once before wiping the visit', async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });

    await page.getByRole("button", { name: "ยกเลิก", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: "ยกเลิกคำขอนี้หรือไม่" });
    await expect(dialog).toBeVisible();
    // Carrying on keeps everything.
    await dialog.getByRole("button", { name: "ไม่ ทำต่อ" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible();

    await page.getByRole("button", { name: "ยกเลิก", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "ใช่ ยกเลิก" }).click();
    await expect(page.getByText(/ยกเลิกแล้ว/)).toBeVisible();
    expect(await page.content()).not.toContain(RESIDENT.name);
  });
});
