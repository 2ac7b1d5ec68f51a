import { expect, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

export const RESIDENT = { name: "สมชาย", maskedId: "1-1017-xxxxx-03-0", citizenId: "1101700207030" };

/** The kiosk's attract screen, with the agent connected to a ready reader. */
export async function openKiosk(page: Page, path = "/kiosk"): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(path.startsWith("/en") ? "Insert your ID card" : "เสียบบัตรประจำตัวประชาชน");
  await expect(page.getByText(path.startsWith("/en") ? "The card reader is ready" : "เครื่องอ่านบัตรพร้อมใช้งาน")).toBeVisible({ timeout: 10_000 });
}

/** From the privacy notice to the street-light repair form. */
export async function chooseStreetLightRepair(page: Page): Promise<void> {
  await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "เลือกบริการ" })).toBeVisible();
  await page.getByLabel("ค้นหาบริการ").fill("ไฟฟ้า");
  await page.getByRole("button", { name: /แจ้งซ่อมไฟฟ้าสาธารณะ/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("แจ้งซ่อมไฟฟ้าสาธารณะ");
}

export async function fillStreetLightRepair(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "ไฟฟ้าส่องสว่างสาธารณะ" }).check();
  await page.getByRole("textbox", { name: /^สถานที่/ }).fill("หน้าวัดก้อ หมู่ 3");
  await page.getByRole("textbox", { name: /หมายเลขโทรศัพท์/ }).fill("081 234 5678");
  await page.getByRole("button", { name: "ตรวจสอบคำตอบ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ตรวจสอบคำตอบก่อนยื่น" })).toBeVisible();
}

/** Decode the QR code shown in `selector` from a screenshot, as a phone would. */
export async function readQrCode(page: Page, selector: string): Promise<string> {
  const png = PNG.sync.read(await page.locator(selector).first().screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error("no QR code could be read from the receipt");
  return code.data;
}
