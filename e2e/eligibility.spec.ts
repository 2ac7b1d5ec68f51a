import { expect, test } from "./support/test";
import { insertCard, type InsertedCard } from "../scripts/support/virtual-card";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { openKiosk } from "./support/kiosk";

// Somchai's card (kiosk-agent/cards/ko-resident.json) says he was born on 15 January 1980:
// 46 now, so the elderly allowance is not his to register for yet.
let card: InsertedCard | null = null;
test.afterEach(async () => {
  await card?.remove();
  card = null;
});

test.describe("eligibility", () => {
  test("the kiosk tells a 46-year-old kindly, before any question, that the elderly allowance is not yet for him", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard({ card: "ko-resident" });
    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click({ timeout: 5_000 });
    await page.getByLabel("ค้นหาบริการ").fill("เบี้ยยังชีพ");
    await page.getByRole("button", { name: /ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: "ขออภัย ขณะนี้ท่านยังยื่นบริการนี้ไม่ได้" })).toBeVisible();
    const notice = page.getByTestId("kiosk-not-eligible");
    await expect(notice).toContainText("อายุครบ 60 ปีบริบูรณ์ภายในวันที่ 1 กันยายนของปีงบประมาณถัดไป");
    // He turns 60 on 15 January 2040 (พ.ศ. 2583): registration for that fiscal year opens on 1 October 2038.
    await expect(notice).toContainText("ท่านลงทะเบียนได้ตั้งแต่วันที่ 1 ตุลาคม 2581");
    // No question is asked.
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "เลือกบริการอื่น" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "เลือกบริการ" })).toBeVisible();

    // Applying for his mother is another matter: he may go on, and the officer checks her.
    await page.getByLabel("ค้นหาบริการ").fill("เบี้ยยังชีพ");
    await page.getByRole("button", { name: /ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ/ }).click();
    await expect(page.getByText("ท่านยื่นคำขอแทนผู้สูงอายุใช่หรือไม่").first()).toBeVisible();
    await page.getByRole("button", { name: "ใช่ ดำเนินการต่อ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ");
    await expect(page.getByRole("radio").first()).toBeVisible();
  });

  test("a refusal only the answers reveal is said on the confirm screen, and nothing is filed", async ({ page }) => {
    await openKiosk(page);
    // Boonma (kiosk-agent/cards/elderly.json): born 1937, so her age is not in question.
    card = await insertCard({ card: "elderly" });
    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click({ timeout: 5_000 });
    await page.getByLabel("ค้นหาบริการ").fill("เบี้ยยังชีพ");
    await page.getByRole("button", { name: /ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ/ }).click();
    await page.getByRole("group", { name: /ท่านยื่นคำขอแทนผู้สูงอายุใช่หรือไม่/ }).getByRole("radio", { name: "ไม่ใช่" }).check();
    await page.getByRole("radio", { name: "รับเงินสดด้วยตนเอง" }).check();
    await page.getByRole("group", { name: /ได้รับบำนาญ/ }).getByRole("radio", { name: "ใช่", exact: true }).check();
    await page.getByRole("textbox", { name: /หมายเลขโทรศัพท์/ }).fill("081 234 5678");
    await page.getByRole("button", { name: "ตรวจสอบคำตอบ" }).click();
    await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();

    const alert = page.locator(".kiosk-alert");
    await expect(alert).toContainText("ขออภัย คำขอนี้ไม่เป็นไปตามเกณฑ์ของบริการ ระบบยังไม่ได้ยื่นคำขอให้");
    await expect(alert).toContainText("ไม่มีสิทธิรับเบี้ยยังชีพผู้สูงอายุตามระเบียบ");
    await expect(alert).toContainText("โปรดสอบถามกองสวัสดิการสังคมที่เคาน์เตอร์");
    await expect(page.getByRole("heading", { level: 1, name: "ยื่นคำขอเรียบร้อยแล้ว" })).toHaveCount(0);
  });

  test("in English too", async ({ page }) => {
    await openKiosk(page, "/en/kiosk");
    card = await insertCard({ card: "ko-resident" });
    await page.getByRole("button", { name: /continue/i }).first().click({ timeout: 5_000 });
    await page.getByLabel("Search for a service").fill("elderly");
    await page.getByRole("button", { name: /Elderly allowance registration/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sorry, you cannot apply for this service now" })).toBeVisible();
    await expect(page.getByTestId("kiosk-not-eligible")).toContainText("You can register from 1 October 2038");
  });

  test("the public manual lists the rules in plain words under the criteria", async ({ page }) => {
    await page.goto("/services/ELDERLY_ALLOWANCE");
    const rules = page.getByTestId("eligibility-rules");
    await expect(rules).toContainText("อายุ 60 ปีบริบูรณ์ขึ้นไป ณ วันที่ 1 กันยายน ของปีงบประมาณถัดไป");
    await expect(rules).toContainText("มีสัญชาติไทย");
  });
});
