import { generateKeyPairSync } from "node:crypto";
import { expect, test } from "./support/test";
import { signAttestation } from "kiosk-agent/attestation";
import { insertCard, type InsertedCard } from "../scripts/support/virtual-card";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { queryDatabase } from "./support/database";
import { chooseStreetLightRepair, fillStreetLightRepair, openKiosk, readQrCode, RESIDENT } from "./support/kiosk";

// The server's own kiosk agent reads these fictional cards through pcscd and the vpcd
// virtual reader (e2e/global-setup.ts); removing the card is stopping the simulator.
let card: InsertedCard | null = null;
test.afterEach(async () => {
  await card?.remove();
  card = null;
});

type StoredRequest = { reference: string; queueTicket: string; division: string; identitySource: string; kioskId: number | null; trackingToken: string };
const storedRequest = async (reference: string) =>
  (
    await queryDatabase<StoredRequest>(
      `SELECT r."reference", r."queueTicket", d."code" AS "division", r."identitySource", r."kioskId", r."trackingToken"
       FROM "Request" r JOIN "Division" d ON d."id" = r."divisionId" WHERE r."reference" = ?`,
      reference,
    )
  )[0];

test.describe("kiosk", () => {
  test("a resident files a repair request with their ID card and leaves with a receipt", async ({ page }) => {
    await openKiosk(page);
    await expectNoSeriousA11yViolations(page);

    card = await insertCard({ card: "ko-resident" });
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    await expect(page.getByText(RESIDENT.maskedId).first()).toBeVisible();
    expect(await page.content()).not.toContain(RESIDENT.citizenId);
    await expect(page.getByRole("heading", { level: 1, name: "การใช้ข้อมูลส่วนบุคคลของท่าน" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("ค้นหาบริการ").fill("ไฟฟ้า");
    await page.getByRole("button", { name: /แจ้งซ่อมไฟฟ้าสาธารณะ/ }).click();
    // The card's details are shown, not asked again.
    await expect(page.getByText("99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await fillStreetLightRepair(page);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "ยื่นคำขอ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    await expectNoSeriousA11yViolations(page);

    const reference = (await page.locator(".kiosk-receipt").getByText(/^KO-\d{4}-\d{6}$/).first().textContent())!.trim();
    const ticket = (await page.locator(".kiosk-receipt").getByText(/^C-\d{3}$/).first().textContent())!.trim();
    const stored = (await storedRequest(reference))!;
    expect(stored).toMatchObject({ division: "ENGINEERING", queueTicket: ticket, identitySource: "card_chip" });
    expect(stored.kioskId).not.toBeNull();

    const trackingUrl = await readQrCode(page, ".kiosk-qr__code");
    expect(trackingUrl).toBe(`http://127.0.0.1:${process.env.E2E_PORT}/track/${stored.trackingToken}`);
    expect(trackingUrl).not.toContain(RESIDENT.citizenId);

    // The slip printed on the 80 mm printer carries only a masked name.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".kiosk-slip")).toBeVisible();
    await expect(page.locator(".kiosk-slip")).toContainText("นาย ส**** ใ***");
    await expect(page.locator(".kiosk-slip")).not.toContainText(RESIDENT.name);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: "เสร็จสิ้น" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "เสียบบัตรประจำตัวประชาชน" })).toBeVisible();
    expect(await page.content()).not.toContain(RESIDENT.name);

    const tracking = await page.context().newPage();
    await tracking.goto(trackingUrl);
    await expect(tracking.getByText(reference)).toBeVisible();
    await expect(tracking.getByRole("heading", { level: 1 })).toContainText("แจ้งซ่อมไฟฟ้าสาธารณะ");
    await expect(tracking.getByText("นาย ส**** ใ***")).toBeVisible();
  });

  test("removing the card before submitting wipes the screen within a second", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    await chooseStreetLightRepair(page);
    await page.getByRole("textbox", { name: /^สถานที่/ }).fill("ข้อมูลที่ต้องหายไป");

    const removed = Date.now();
    await card.remove();
    card = null;
    await expect(page.getByText("บัตรถูกดึงออก ข้อมูลของท่านบนหน้าจอถูกลบแล้ว")).toBeVisible({ timeout: 1_500 });
    expect(Date.now() - removed).toBeLessThan(1_500);
    expect(await page.content()).not.toContain(RESIDENT.name);
    expect(await page.content()).not.toContain("ข้อมูลที่ต้องหายไป");
  });

  test("an idle session warns, then wipes everything", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    // The server runs this test suite with an 8 s warning and an 18 s wipe.
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await expect(dialog.getByRole("button", { name: "ใช้งานต่อ" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByText(/ไม่มีการใช้งานนานเกินกำหนด/)).toBeVisible({ timeout: 12_000 });
    expect(await page.content()).not.toContain(RESIDENT.name);
  });

  test("a double tap on submit files once", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    await chooseStreetLightRepair(page);
    await fillStreetLightRepair(page);
    const [before] = await queryDatabase<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Request"`);
    await page.getByRole("button", { name: "ยื่นคำขอ" }).dblclick();
    await expect(page.getByRole("heading", { level: 1, name: "ยื่นคำขอเรียบร้อยแล้ว" })).toBeVisible({ timeout: 10_000 });
    expect((await queryDatabase<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Request"`))[0]!.n).toBe(before!.n + 1);
  });

  test("switches to English without losing the visit", async ({ page }) => {
    await openKiosk(page);
    card = await insertCard();
    await expect(page.getByText(RESIDENT.name).first()).toBeVisible({ timeout: 5_000 });
    await page.getByRole("button", { name: "รับทราบ และทำรายการต่อ" }).click();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Choose a service" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Somchai").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the English kiosk works from its own address", async ({ page }) => {
    await openKiosk(page, "/en/kiosk");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("kiosk API", () => {
  const body = (attestation: object) => ({
    idempotencyKey: crypto.randomUUID(),
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    answers: { problemType: "street_light", location: "หน้าวัดก้อ" },
    contactPhone: "0812345678",
    card: {
      citizenId: "3100600123455",
      nameTh: { prefix: "นาย", first: "ปลอม", middle: "", last: "แปลง" },
      nameEn: { prefix: "Mr.", first: "Fake", middle: "", last: "Forged" },
      birthDate: "1970-01-01",
      gender: "male",
      address: { houseNo: "1", moo: "1", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "1 หมู่ที่ 1 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน" },
      issuer: "x",
      issueDate: null,
      expiryDate: null,
    },
    attestation,
    locale: "th",
  });

  test("refuses an unsigned or wrongly signed filing", async ({ request }) => {
    const { nonce } = (await (await request.post("/api/kiosk/nonce", { data: {} })).json()) as { nonce: string };
    const devices = await queryDatabase<{ deviceId: string }>(`SELECT "deviceId" FROM "KioskDevice" WHERE "revokedAt" IS NULL`);
    const deviceId = devices[0]!.deviceId;
    const unsigned = { version: 1, deviceId, nonce, readAt: new Date().toISOString(), dataHash: "0".repeat(64), signature: "" };
    const refusedUnsigned = await request.post("/api/kiosk/requests", { data: body(unsigned) });
    expect(refusedUnsigned.status()).toBe(403);
    expect(await refusedUnsigned.json()).toEqual({ error: { code: "attestation_invalid" } });

    // Signed with a key that is not the enrolled kiosk's, claiming its device ID.
    const otherKey = generateKeyPairSync("ed25519").privateKey;
    const wrong = signAttestation({ privateKey: otherKey, deviceId, nonce, data: body({}).card });
    const refusedWrong = await request.post("/api/kiosk/requests", { data: body(wrong) });
    expect(refusedWrong.status()).toBe(403);
    expect(((await refusedWrong.json()) as { error: { code: string } }).error.code).toBe("attestation_invalid");
    expect(await queryDatabase(`SELECT 1 FROM "Request" WHERE "applicant" LIKE '%3100600123455%'`)).toEqual([]);
  });

  test("refuses posts from other sites", async ({ request }) => {
    const response = await request.post("/api/kiosk/nonce", { data: {}, headers: { origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
  });
});
