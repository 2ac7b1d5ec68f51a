import type { Browser } from "@playwright/test";
import { expect, test } from "./support/test";
import { insertCard } from "../scripts/support/virtual-card";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { queryDatabase } from "./support/database";
import { fillStreetLightRepair, openKiosk, RESIDENT } from "./support/kiosk";
import { createStaffAccount, fileTestRequest, signIn } from "./support/staff";

/** A resident files the street-light repair at the kiosk; returns the reference. */
async function fileAtKiosk(browser: Browser): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  await openKiosk(page);
  const card = await insertCard();
  try {
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click();
    await page.getByLabel("ค้นหาบริการ").fill("ไฟฟ้า");
    await page.getByRole("button", { name: /แจ้งซ่อมไฟฟ้าสาธารณะ/ }).click();
    await fillStreetLightRepair(page);
    await page.getByRole("button", { name: "ยื่นคำขอ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    return (await page.locator(".kiosk-receipt").getByText(/^KO-\d{4}-\d{6}$/).first().textContent())!.trim();
  } finally {
    await card.remove();
    await page.close();
  }
}

test.describe("staff console", () => {
  test.setTimeout(90_000);
  test("a kiosk filing appears live on the division's board and an officer works it to completion", async ({ browser, page }) => {
    const officer = createStaffAccount({ username: `eng_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer);
    await page.goto("/staff?division=ENGINEERING&tab=new");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("กองช่าง");
    await expectNoSeriousA11yViolations(page);

    const reference = await fileAtKiosk(browser);
    // Live: no reload. The board refreshes within a second of the filing.
    await expect(page.getByRole("link", { name: reference })).toBeVisible({ timeout: 1_500 });

    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("ยืนยันจากชิปบัตรประจำตัวประชาชน", { exact: false }).first()).toBeVisible();
    // The kiosk is named in Thai on the Thai page, after a space (not "…ที่Built-in kiosk (this server)").
    await expect(page.getByTestId("identity-source")).not.toContainText("Built-in");
    await expect(page.getByTestId("identity-source")).not.toContainText("ประชาชนที่");
    await expect(page.getByTestId("clock-pause")).toHaveText("ยังไม่เคยหยุดนับเวลา");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "รับเรื่อง" }).click();
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    // Typed straight away: the page's own live refresh must not wipe it.

    await page.getByLabel("รายการที่ขาด").fill("ภาพถ่ายเสาไฟฟ้าที่ชำรุด");
    await page.getByRole("button", { name: "บันทึกและแจ้งผู้ยื่น" }).click();
    await expect(page.getByRole("button", { name: "ดำเนินการต่อ" })).toBeVisible();

    // Paused: the summary never says "never paused" beside "paused since".
    await expect(page.getByTestId("clock-pause")).not.toHaveText("ยังไม่เคยหยุดนับเวลา");

    // The defect record to sign with the applicant (Licensing Act s.8), on its own A4 page.
    await page.getByRole("link", { name: "พิมพ์บันทึกความบกพร่อง" }).click();
    const record = page.getByTestId("defect-record");
    await expect(record.getByRole("heading", { level: 1 })).toHaveText("บันทึกความบกพร่องของคำขอ");
    await expect(record).toContainText(reference);
    await expect(record).toContainText("ภาพถ่ายเสาไฟฟ้าที่ชำรุด");
    await expect(record).toContainText(RESIDENT.name);
    await expect(record.getByTestId("respond-by")).toContainText(/25\d\d/);
    await expect(record).toContainText("ผู้ยื่นคำขอ");
    await expectNoSeriousA11yViolations(page);
    await page.goBack();

    await page.getByRole("button", { name: "ดำเนินการต่อ" }).click();
    await expect(page.getByRole("button", { name: "ดำเนินการต่อ" })).toHaveCount(0);
    // Resumed the same day: paused once, no working day lost, and not "never paused".
    await expect(page.getByTestId("clock-pause")).not.toHaveText("ยังไม่เคยหยุดนับเวลา");
    await expect(page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" })).toBeVisible();
    await page.getByLabel("ผลการดำเนินการ").fill("เปลี่ยนหลอดไฟเรียบร้อยแล้ว");
    await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
    // A closed request offers no more actions.
    await expect(page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" })).toHaveCount(0);

    const stored = async () => (await queryDatabase<{ status: string; trackingToken: string }>(`SELECT "status", "trackingToken" FROM "Request" WHERE "reference" = ?`, reference))[0]!;
    await expect.poll(async () => (await stored()).status).toBe("done");

    // The result letter, from the service's (default) template.
    await page.getByRole("link", { name: "พิมพ์หนังสือแจ้งผล / ใบรับแจ้ง" }).click();
    const letter = page.getByTestId("result-letter");
    await expect(letter).toContainText(reference);
    await expect(letter).toContainText("เปลี่ยนหลอดไฟเรียบร้อยแล้ว");
    await expect(letter).toContainText(RESIDENT.name);
    await expect(letter).not.toContainText("{");

    // The resident's tracking page shows the public timeline: the defect request and the result.
    const tracking = await (await browser.newContext()).newPage();
    await tracking.goto(`/track/${(await stored()).trackingToken}`);
    await expect(tracking.getByText("ภาพถ่ายเสาไฟฟ้าที่ชำรุด")).toBeVisible();
    await expect(tracking.getByText("เปลี่ยนหลอดไฟเรียบร้อยแล้ว")).toBeVisible();
    await expect(tracking.getByText(RESIDENT.name)).toHaveCount(0);
    await tracking.close();
  });

  test("an administrator gives a service its own result letter, and a completed request prints it", async ({ page }) => {
    const admin = createStaffAccount({ username: `adm_${Date.now()}`, role: "ADMIN" });
    const officer = createStaffAccount({ username: `engl_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    const [service] = await queryDatabase<{ id: number }>(`SELECT "id" FROM "Service" WHERE "code" = ?`, "PUBLIC_INFRASTRUCTURE_REPAIR");
    await signIn(page, admin);
    await page.goto(`/staff/admin/services/${service!.id}`);
    await page.locator("#result-template-th").fill("ใบรับแจ้งซ่อมเลขที่ {reference}\nผู้แจ้ง {applicant}\nผล {result}");
    await page.getByRole("button", { name: "บันทึกแบบหนังสือแจ้งผล" }).click();
    await expect(page.getByText("บันทึกแบบหนังสือแจ้งผลแล้ว")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // {result} kept in, so the first test's letter checks hold whichever runs first.
    const { reference } = fileTestRequest();
    await page.context().clearCookies();
    await signIn(page, officer);
    await page.goto(`/staff/requests/${reference}`);
    await page.getByRole("button", { name: "รับเรื่อง" }).click();
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    await page.getByLabel("ผลการดำเนินการ").fill("รับแจ้งแล้ว");
    await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
    await page.getByRole("link", { name: "พิมพ์หนังสือแจ้งผล / ใบรับแจ้ง" }).click();
    await expect(page.getByTestId("result-letter")).toContainText(`ใบรับแจ้งซ่อมเลขที่ ${reference}`);
    await expect(page.getByTestId("result-letter")).toContainText("ผล รับแจ้งแล้ว");
  });

  test("an officer of another division cannot open the request, and nothing leaks", async ({ browser, page }) => {
    const reference = await fileAtKiosk(browser);
    const welfare = createStaffAccount({ username: `wel_${Date.now()}`, role: "OFFICER", divisions: ["WELFARE"] });
    await signIn(page, welfare);
    const response = await page.goto(`/staff/requests/${reference}`);
    expect(response?.status()).toBe(404);
    const html = await page.content();
    for (const secret of [RESIDENT.name, RESIDENT.citizenId, "แจ้งซ่อมไฟฟ้าสาธารณะ", "หน้าวัดก้อ", "0812345678"]) expect(html).not.toContain(secret);
    // Not on the board either: the Engineering board is not theirs to open.
    await page.goto("/staff?division=ENGINEERING");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("กองสวัสดิการสังคม");
    expect(await page.content()).not.toContain(reference);
  });

  test("calling the next ticket, and a missed one back, shows on the waiting-room display within a second", async ({ browser, page }) => {
    await fileAtKiosk(browser);
    const display = await (await browser.newContext()).newPage();
    await display.goto("/display");
    await expect(display.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(display);

    const officer = createStaffAccount({ username: `counter_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer, 3);
    await page.goto("/staff/counter");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "เรียกคิวถัดไป" }).click();
    const called = page.getByText(/เรียกคิว C-\d{3} มาที่ช่อง 3 แล้ว/);
    await expect(called).toBeVisible();
    const ticket = (await called.textContent())!.match(/C-\d{3}/)![0];
    await expect(display.getByText(ticket).first()).toBeVisible({ timeout: 1_000 });
    await expect(display.getByText(/ช่อง ๓|Counter 3/).first()).toBeVisible();

    // The resident missed the call, then comes back to counter 3: the same ticket is called again.
    const serving = display.locator('section[aria-labelledby="serving-heading"]');
    await expect(serving.getByText(ticket, { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "ไม่มาแสดงตน" }).click();
    await expect(page.getByText(`บันทึกว่าคิว ${ticket} ไม่มาแสดงตน`)).toBeVisible();
    await expect(serving.getByText(ticket, { exact: true })).toHaveCount(0, { timeout: 1_000 });
    await page.getByRole("button", { name: `เรียกคิว ${ticket} มาที่ช่องนี้` }).click();
    await expect(page.getByText(`เรียกคิว ${ticket} กลับมาที่ช่อง 3 แล้ว`)).toBeVisible();
    await expect(serving.getByText(ticket, { exact: true })).toBeVisible({ timeout: 1_000 });
    await expect(page.getByRole("heading", { name: "คิวที่ไม่มาแสดงตนวันนี้" })).toHaveCount(0);
    await display.close();
  });
});
