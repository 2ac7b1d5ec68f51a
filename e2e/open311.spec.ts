import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createStaffAccount, signIn } from "./support/staff";

test.describe("Open311: another system files and follows a request", () => {
  test("an ADMIN makes a key, a filing through it reaches the board live, is completed, and its GET shows closed with the notes", async ({ browser, page, request }) => {
    const admin = createStaffAccount({ username: `keys_${Date.now()}`, role: "ADMIN" });
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, admin);
    await adminPage.goto("/staff/admin/api-keys");
    const name = `Lamphun platform ${Date.now()}`;
    await adminPage.getByLabel(/^ชื่อ/).fill(name);
    await adminPage.getByLabel("แจ้งซ่อมไฟฟ้าสาธารณะ ถนน และท่อระบายน้ำ").check();
    await adminPage.getByRole("button", { name: "สร้างคีย์" }).click();
    const key = (await adminPage.getByTestId("new-api-key").textContent())!.trim();
    expect(key).toMatch(/^ko311_/);
    await expectNoSeriousA11yViolations(adminPage);
    // Shown once: after a reload only the name is there.
    await adminPage.reload();
    await expect(adminPage.getByRole("heading", { name })).toBeVisible();
    await expect(adminPage.getByText(key)).toHaveCount(0);

    const officer = createStaffAccount({ username: `o311_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer);
    await page.goto("/staff?division=ENGINEERING&tab=new");
    const filed = await request.post("/open311/v2/requests.json", {
      form: {
        api_key: key,
        service_code: "PUBLIC_INFRASTRUCTURE_REPAIR",
        lat: "18.0123",
        long: "98.9123",
        address_string: "หน้าวัดก้อ หมู่ 3",
        description: "ไฟดับสามคืนแล้ว",
        "attribute[problemType]": "street_light",
        "attribute[location]": "หน้าวัดก้อ หมู่ 3",
        first_name: "Somsri",
        phone: "0898765432",
      },
    });
    expect(filed.status()).toBe(201);
    const reference = ((await filed.json()) as { service_request_id: string }[])[0]!.service_request_id;
    await expect(page.getByRole("link", { name: reference })).toBeVisible({ timeout: 2_000 });

    await page.goto(`/staff/requests/${reference}`);
    await expect(page.getByTestId("identity-source")).toHaveText(`ส่งผ่าน ${name} ยังไม่ได้ยืนยันตัวตน`);
    await expect(page.getByText("ไฟดับสามคืนแล้ว")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "รับเรื่อง" }).click();
    await expect(page.getByRole("button", { name: "รับเรื่อง" })).toHaveCount(0);
    await page.getByLabel("ผลการดำเนินการ").fill("เปลี่ยนหลอดไฟแล้ว");
    await page.getByRole("button", { name: "ปิดเรื่อง: แล้วเสร็จ" }).click();
    await expect(page.getByTestId("request-status")).toHaveText(/เสร็จ/);

    const shown = (await (await request.get(`/open311/v2/requests/${reference}.json`)).json()) as { status: string; status_notes: string }[];
    expect(shown[0]).toMatchObject({ status: "closed", status_notes: "ดำเนินการแล้วเสร็จ: เปลี่ยนหลอดไฟแล้ว" });

    // Revoked on the administration page: the next filing is refused.
    await adminPage.getByText("ยกเลิก…").click();
    await adminPage.getByRole("button", { name: `ยกเลิก “${name}” ถาวร` }).click();
    await expect(adminPage.getByText(/ยกเลิกเมื่อ/)).toBeVisible();
    const refused = await request.post("/open311/v2/requests.json", { form: { api_key: key, service_code: "PUBLIC_INFRASTRUCTURE_REPAIR" } });
    expect(refused.status()).toBe(403);
    await adminPage.context().close();
  });
});
