import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { queryDatabase } from "./support/database";
import { createStaffAccount, fileTestRequest, signIn } from "./support/staff";

const PHONE = { width: 360, height: 740 };

/** An officer takes up and completes the request on its staff page. */
async function complete(page: Page, reference: string): Promise<void> {
  await page.goto(`/staff/requests/${reference}`);
  await page.getByRole("button", { name: "รับเรื่อง" }).click();
  await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
  await page.getByLabel("ผลการดำเนินการ").fill("ซ่อมเรียบร้อยแล้ว");
  await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
  await expect(page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" })).toHaveCount(0);
}

async function rate(page: Page, ratings: number[]): Promise<void> {
  const questions = page.locator("form fieldset");
  for (const [index, rating] of ratings.entries()) await questions.nth(index).getByRole("radio", { name: new RegExp(`^${rating} `) }).check();
}

const responses = () => queryDatabase<{ n: number }>(`SELECT COUNT(*) AS n FROM SurveyResponse`)[0]!.n;

test.describe("satisfaction survey", () => {
  test.setTimeout(90_000);

  test("a resident follows the invitation on the tracking page of a completed request, rates it on a phone, and can rate it only once", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `srv_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const { reference, trackingToken } = fileTestRequest();
    const resident = await (await browser.newContext({ viewport: PHONE, hasTouch: true })).newPage();

    // Not finished yet: no invitation, and the survey says when it opens.
    await resident.goto(`/track/${trackingToken}`);
    await expect(resident.getByRole("link", { name: "ทำแบบประเมินความพึงพอใจ" })).toHaveCount(0);
    await resident.goto(`/track/${trackingToken}/survey`);
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("แบบประเมินจะเปิดเมื่อคำขอดำเนินการเสร็จสิ้น");

    await signIn(page, officer);
    await complete(page, reference);

    await resident.goto(`/track/${trackingToken}`);
    await resident.getByRole("link", { name: "ทำแบบประเมินความพึงพอใจ" }).click();
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("แบบประเมินความพึงพอใจ");
    await expect(resident.getByRole("group", { name: /ความพึงพอใจต่อเจ้าหน้าที่ผู้ให้บริการ/ })).toBeVisible();
    await expect(resident.getByRole("radio", { name: "5 มากที่สุด" })).toHaveCount(6);
    // Fits a 360 px phone: nothing to scroll sideways.
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const box = await resident.locator(".survey-option").first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await expectNoSeriousA11yViolations(resident);

    // Sent with a question left out: that question is named, and the choices made are kept.
    await rate(resident, [5, 4, 3, 4, 5]);
    await resident.getByLabel("ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)").fill("<img src=x onerror=alert(1)> บริการดีมาก");
    await resident.getByRole("button", { name: "ส่งแบบประเมิน" }).click();
    await expect(resident.locator("#survey-alert")).toHaveText("โปรดแก้ไขรายการที่ทำเครื่องหมายไว้ แล้วส่งอีกครั้ง");
    const overall = resident.getByRole("group", { name: /ภาพรวม/ });
    await expect(overall).toContainText("โปรดเลือกคะแนน 1 ถึง 5");
    await expect(resident.locator("form fieldset").first().getByRole("radio", { name: "5 มากที่สุด" })).toBeChecked();
    await expect(resident.getByLabel("ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)")).toHaveValue("<img src=x onerror=alert(1)> บริการดีมาก");
    await expectNoSeriousA11yViolations(resident);

    const before = responses();
    await overall.getByRole("radio", { name: /^4 / }).check();
    await resident.getByRole("button", { name: "ส่งแบบประเมิน" }).click();
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("ขอบคุณที่ตอบแบบประเมิน");
    expect(responses()).toBe(before + 1);
    const stored = queryDatabase<{ comment: string; overall: number }>(`SELECT comment, overall FROM SurveyResponse WHERE comment LIKE '%onerror%'`);
    expect(stored).toEqual([{ comment: "<img src=x onerror=alert(1)> บริการดีมาก", overall: 4 }]);

    // Answered: the invitation is gone and the survey says so.
    await resident.goto(`/track/${trackingToken}`);
    await expect(resident.getByRole("link", { name: "ทำแบบประเมินความพึงพอใจ" })).toHaveCount(0);
    await resident.goto(`/track/${trackingToken}/survey`);
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("คำขอนี้ได้รับการประเมินความพึงพอใจแล้ว");
    await resident.context().close();
  });

  test("the survey works without JavaScript, in English too", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `srvn_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const { reference, trackingToken } = fileTestRequest();
    await signIn(page, officer);
    await complete(page, reference);

    const resident = await (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })).newPage();
    await resident.goto(`/en/track/${trackingToken}`);
    await resident.getByRole("link", { name: "Answer the satisfaction survey" }).click();
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Satisfaction survey");
    await rate(resident, [3, 3, 2, 4, 5, 3]);
    await resident.getByRole("button", { name: "Send the survey" }).click();
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Thank you for answering the survey");
    await resident.context().close();
  });

  test("the public summary opens for anyone; the staff report opens for a head and not for an officer", async ({ page }) => {
    await page.goto("/satisfaction");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ผลการประเมินความพึงพอใจต่อการให้บริการ");
    await expectNoSeriousA11yViolations(page);

    const officer = createStaffAccount({ username: `srvo_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer);
    expect((await page.goto("/staff/reports/satisfaction"))?.status()).toBe(404);
    await page.context().clearCookies();

    const head = createStaffAccount({ username: `srvh_${Date.now()}`, role: "HEAD", divisions: ["WELFARE"] });
    await signIn(page, head);
    expect((await page.goto("/staff/reports/satisfaction?division=ENGINEERING"))?.status()).toBe(404);
    expect((await page.goto("/staff/reports/satisfaction"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("รายงานความพึงพอใจ: กองสวัสดิการสังคม");
    await expect(page.getByTestId("division-ENGINEERING")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
