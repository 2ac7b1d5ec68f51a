import { expect, test } from "./support/test";
import { insertCard, type InsertedCard } from "../scripts/support/virtual-card";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { queryDatabase } from "./support/database";
import { openKiosk, RESIDENT } from "./support/kiosk";
import { createStaffAccount, signIn } from "./support/staff";

// The elderly allowance asks for the bank only when the allowance is paid by transfer
// (prisma/seed/services/welfare.ts): the conditional question of every channel.
const BANK = /^ชื่อธนาคารและสาขา/;
const ACCOUNT = /^เลขที่บัญชีเงินฝาก/;
const TRANSFER = "โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ";
const CASH = "รับเงินสดด้วยตนเอง";

let card: InsertedCard | null = null;
test.afterEach(async () => {
  await card?.remove();
  card = null;
});

const storedAnswers = async (reference: string) =>
  JSON.parse((await queryDatabase<{ answers: string }>(`SELECT "answers" FROM "Request" WHERE "reference" = ?`, reference))[0]!.answers) as Record<string, unknown>;

test.describe("conditional questions", () => {
  test.setTimeout(90_000);

  test("at the kiosk a question appears after the answer that calls for it, and goes, with its answer, when that answer changes", async ({ browser, page }) => {
    await openKiosk(page);
    // An elder of Ko: the allowance's eligibility rules let this card through to the form.
    card = await insertCard({ card: "elderly" });
    await expect(page.getByText("บุญมา").first()).toBeVisible({ timeout: 5_000 });
    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click();
    await page.getByLabel("ค้นหาบริการ").fill("เบี้ยยังชีพ");
    await page.getByRole("button", { name: /ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("เบี้ยยังชีพผู้สูงอายุ");

    // Not asked until the answer calls for it.
    await expect(page.getByRole("textbox", { name: BANK })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: /ชื่อ และนามสกุลของผู้สูงอายุ/ })).toHaveCount(0);
    await page.getByRole("group", { name: /ท่านยื่นคำขอแทนผู้สูงอายุ/ }).getByRole("radio", { name: "ไม่ใช่" }).check();
    await page.getByRole("radio", { name: TRANSFER }).check();
    await expect(page.getByRole("textbox", { name: BANK })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("textbox", { name: BANK }).fill("ธนาคารออมสิน สาขาลี้");
    await page.getByRole("textbox", { name: ACCOUNT }).fill("020-1-23456-7");
    await page.getByRole("group", { name: /ได้รับบำนาญ/ }).getByRole("radio", { name: "ไม่ใช่" }).check();
    await page.getByRole("textbox", { name: /หมายเลขโทรศัพท์/ }).fill("081 234 5678");

    // Shown, so required: an empty account number is named before check-your-answers.
    await page.getByRole("textbox", { name: ACCOUNT }).fill("");
    await page.getByRole("button", { name: "ตรวจสอบคำตอบ" }).click();
    await expect(page.locator(".kiosk-error-summary")).toContainText("เลขที่บัญชีเงินฝาก");
    await page.getByRole("textbox", { name: ACCOUNT }).fill("020-1-23456-7");
    await page.getByRole("button", { name: "ตรวจสอบคำตอบ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ตรวจสอบคำตอบก่อนยื่น" })).toBeVisible();
    await expect(page.getByText("ธนาคารออมสิน สาขาลี้")).toBeVisible();

    // Changed to cash: the bank questions go, and their answers with them.
    await page.getByRole("button", { name: "แก้ไข วิธีรับเงิน" }).click();
    await page.getByRole("radio", { name: CASH }).check();
    await expect(page.getByRole("textbox", { name: BANK })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: ACCOUNT })).toHaveCount(0);
    // Back to a transfer, the question comes back empty: nothing typed before is kept.
    await page.getByRole("radio", { name: TRANSFER }).check();
    await expect(page.getByRole("textbox", { name: BANK })).toHaveValue("");
    await page.getByRole("radio", { name: CASH }).check();
    await page.getByRole("button", { name: "ตรวจสอบคำตอบ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ตรวจสอบคำตอบก่อนยื่น" })).toBeVisible();
    const answers = page.locator(".kiosk-summary--answers");
    await expect(answers).toContainText(CASH);
    await expect(answers).not.toContainText("ชื่อธนาคารและสาขา");
    await expect(answers).not.toContainText("ธนาคารออมสิน");
    await expect(answers).not.toContainText("020-1-23456-7");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    const reference = (await page.locator(".kiosk-receipt").getByText(/^KO-\d{4}-\d{6}$/).first().textContent())!.trim();
    const stored = await storedAnswers(reference);
    expect(stored).toMatchObject({ onBehalf: false, paymentMethod: "cash_self", receivesStatePension: false });
    expect(Object.keys(stored)).not.toContain("bankName");
    expect(Object.keys(stored)).not.toContain("bankAccountNumber");

    // The officer's page lists the questions asked, not the hidden ones as "not given".
    const officer = createStaffAccount({ username: `welc_${Date.now()}`, role: "OFFICER", divisions: ["WELFARE"] });
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, officer);
    await staff.goto(`/staff/requests/${reference}`);
    const section = staff.locator('section[aria-labelledby="wf-answers-heading"]');
    await expect(section).toContainText("วิธีรับเงิน");
    await expect(section).toContainText(CASH);
    await expect(section).not.toContainText("ชื่อธนาคารและสาขา");
    await expect(section).not.toContainText("เลขที่บัญชีเงินฝาก");
    await expect(section).not.toContainText("นามสกุลของผู้สูงอายุ");
    await staff.close();
  });

  test("on the counter form a question appears live after the calling answer, and a hidden one is not filed", async ({ page }) => {
    const clerk = createStaffAccount({ username: `cnt_${Date.now()}`, role: "COUNTER", divisions: ["WELFARE"] });
    await signIn(page, clerk);
    await page.goto("/staff/file/ELDERLY_ALLOWANCE");
    await page.getByRole("radio", { name: "พิมพ์ข้อมูล (อ่านบัตรไม่ได้)" }).check();
    await page.getByLabel("เลขประจำตัวประชาชน 13 หลัก").fill(RESIDENT.citizenId);
    await page.getByLabel("คำนำหน้า", { exact: true }).fill("นาย");
    await page.getByLabel("ชื่อ", { exact: true }).fill("สมชาย");
    await page.getByLabel("นามสกุล", { exact: true }).fill("ใจดี");
    await page.getByLabel("ที่อยู่ตามทะเบียนบ้าน", { exact: true }).fill("99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน");

    const onBehalf = page.getByRole("group", { name: /ท่านยื่นคำขอแทนผู้สูงอายุ/ });
    await expect(page.getByRole("textbox", { name: /นามสกุลของผู้สูงอายุ/ })).toHaveCount(0);
    await onBehalf.getByRole("radio", { name: "ใช่", exact: true }).check();
    await expect(page.getByRole("textbox", { name: /นามสกุลของผู้สูงอายุ/ })).toBeVisible();
    await page.getByRole("textbox", { name: /นามสกุลของผู้สูงอายุ/ }).fill("นางสมศรี ใจดี");
    await onBehalf.getByRole("radio", { name: "ไม่ใช่" }).check();
    await expect(page.getByRole("textbox", { name: /นามสกุลของผู้สูงอายุ/ })).toHaveCount(0);

    await page.getByRole("radio", { name: TRANSFER }).check();
    await expect(page.getByRole("textbox", { name: BANK })).toBeVisible();
    await page.getByRole("textbox", { name: BANK }).fill("ธนาคารออมสิน สาขาลี้");
    await expectNoSeriousA11yViolations(page);
    // Filed without the account number: the server names it, now that it is asked.
    await page.getByRole("group", { name: /ได้รับบำนาญ/ }).getByRole("radio", { name: "ไม่ใช่" }).check();
    await page.getByLabel("หมายเลขโทรศัพท์ที่ติดต่อได้").fill("0812345678");
    await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();
    await expect(page.locator(".form-error-summary")).toContainText("คำตอบบางข้อไม่ครบหรือไม่ถูกต้อง");
    await expect(page.locator("#answer-bankAccountNumber-error")).toBeVisible();

    await page.getByRole("radio", { name: CASH }).check();
    await expect(page.getByRole("textbox", { name: BANK })).toHaveCount(0);
    await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();
    await expect(page.getByRole("heading", { name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    const reference = (await page.locator(".counter-receipt").getByText(/^KO-\d{4}-\d{6}$/).first().textContent())!.trim();
    const stored = await storedAnswers(reference);
    expect(stored).toMatchObject({ onBehalf: false, paymentMethod: "cash_self" });
    for (const hidden of ["bankName", "bankAccountNumber", "beneficiaryName", "beneficiaryCitizenId"]) expect(Object.keys(stored)).not.toContain(hidden);
  });

  test("the admin's form editor keeps a condition through a save, and sets and clears one", async ({ page }) => {
    const admin = createStaffAccount({ username: `admc_${Date.now()}`, role: "ADMIN" });
    const [service] = await queryDatabase<{ id: number }>(`SELECT "id" FROM "Service" WHERE "code" = ?`, "HEALTH_HAZARD_LICENCE");
    const conditionOf = async (key: string) =>
      (JSON.parse((await queryDatabase<{ form: string }>(`SELECT "form" FROM "Service" WHERE "id" = ?`, service!.id))[0]!.form) as { fields: { key: string; showWhen?: unknown }[] }).fields.find((f) => f.key === key)?.showWhen;
    const save = async () => {
      await page.getByRole("button", { name: "บันทึกบริการ" }).first().click();
      await expect(page.getByText("บันทึกแล้ว หน้าบริการสำหรับประชาชน")).toBeVisible();
    };
    await signIn(page, admin);
    await page.goto(`/staff/admin/services/${service!.id}`);

    // The seeded condition (current licence number only for a renewal) is shown, and kept by a save.
    await page.locator("#field-8 summary").click();
    await expect(page.locator("#f-fields-8-showWhen-field")).toHaveValue("applicationType");
    await expect(page.locator("#f-fields-8-showWhen").getByRole("checkbox", { name: /\(renewal\)/ })).toBeChecked();
    // A new condition: the answers of the question picked appear at once.
    await page.locator("#field-7 summary").click();
    await expect(page.locator("#f-fields-7-showWhen").getByRole("checkbox")).toHaveCount(0);
    await page.locator("#f-fields-7-showWhen-field").selectOption("applicationType");
    await page.locator("#f-fields-7-showWhen").getByRole("checkbox", { name: /\(new\)/ }).check();
    await expectNoSeriousA11yViolations(page);
    await save();
    expect(await conditionOf("currentLicenceNumber")).toEqual({ field: "applicationType", in: ["renewal"] });
    expect(await conditionOf("machineHorsepower")).toEqual({ field: "applicationType", in: ["new"] });

    // No answer ticked: refused beside the question, in Thai.
    await page.locator("#field-7 summary").click();
    await page.locator("#f-fields-7-showWhen").getByRole("checkbox", { name: /\(new\)/ }).uncheck();
    await page.getByRole("button", { name: "บันทึกบริการ" }).first().click();
    await expect(page.locator("#error-summary")).toContainText("เลือกคำตอบอย่างน้อยหนึ่งข้อที่ทำให้ถามคำถามนี้");
    await page.locator("#f-fields-7-showWhen-field").selectOption("");
    await save();
    expect(await conditionOf("machineHorsepower")).toBeUndefined();
    expect(await conditionOf("currentLicenceNumber")).toEqual({ field: "applicationType", in: ["renewal"] });
  });

  test("the public manual says when a conditional question is asked", async ({ page }) => {
    await page.goto("/services/ELDERLY_ALLOWANCE");
    const bank = page.locator(".questions li", { hasText: "ชื่อธนาคารและสาขา" });
    await expect(bank).toContainText("ถามเฉพาะเมื่อตอบข้อ “วิธีรับเงิน” ว่า โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ / โอนเข้าบัญชีเงินฝากธนาคารในนามผู้รับมอบอำนาจ");
    await page.goto("/en/services/ELDERLY_ALLOWANCE");
    await expect(page.locator(".questions li", { hasText: "Title and full name of" })).toContainText("Asked only when the answer to “Are you applying on behalf of an older person?” is Yes");
  });
});
