import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";

export type TestStaff = { id: number; username: string; password: string; role: string; totpSecret: string | null };

/**
 * Staff accounts for browser tests, created in the running server's database with the
 * helper the integration tests use (ready to sign in: no one-time password; ADMIN with an
 * authenticator secret).
 */
export function createStaffAccount(options: { username: string; role: "ADMIN" | "HEAD" | "OFFICER" | "COUNTER"; divisions?: string[] }): TestStaff {
  return fixture("staff", options) as TestStaff;
}

/** A request filed at the counter (typed identity), straight into the server's database; `at` an ISO moment in the past. */
export function fileTestRequest(serviceCode = "PUBLIC_INFRASTRUCTURE_REPAIR", more: { at?: string; answers?: Record<string, unknown> } = {}): { reference: string; trackingToken: string; queueTicket: string } {
  return fixture("request", { serviceCode, ...more }) as { reference: string; trackingToken: string; queueTicket: string };
}

/** Signed kiosk filings of the street-light repair, ready to POST to /api/kiosk/requests. */
export function signedKioskFilings(count: number): object[] {
  return fixture("kiosk-filings", { count }) as object[];
}

/** Satisfaction answers for the repair service in an ended month. */
export function addSurveyResponses(options: { month: string; fiscalYear: number; count: number }): void {
  fixture("survey", options);
}

/** Administrative audit rows (with Thai in their details), by this staff member, the newest a minute ago. */
export function addAuditEntries(count: number, actorId: number): void {
  fixture("audit", { count, actorId });
}

function fixture(command: string, options: object): unknown {
  const root = path.resolve(__dirname, "..", "..");
  const output = execFileSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(__dirname, "fixtures.cli.ts"), command, JSON.stringify(options)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL! },
    encoding: "utf8",
  });
  return JSON.parse(output);
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as an authenticator app computes it. */
export function totpCode(secretBase32: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secretBase32.replace(/=+$/, "")) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac("sha1", key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const lastStepUsed = new Map<string, number>();

/**
 * A code not used before by this process for this secret (the server accepts each once).
 * Never the step before the current one: on a busy machine the server may check it after
 * the next 30-second boundary, when it has left the accepted window.
 */
async function unusedTotpCode(secretBase32: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    const step = Math.max(current, (lastStepUsed.get(secretBase32) ?? -Infinity) + 1);
    if (step <= current + 1) {
      lastStepUsed.set(secretBase32, step);
      return totpCode(secretBase32, step * 30_000 + 1);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Sign in through the sign-in page (and the authenticator step for ADMIN). */
export async function signIn(page: Page, staff: TestStaff, counter?: number): Promise<void> {
  await page.goto("/staff/sign-in");
  await page.getByLabel("ชื่อผู้ใช้").fill(staff.username);
  await page.getByLabel("รหัสผ่าน", { exact: true }).fill(staff.password);
  if (counter !== undefined) await page.getByLabel("ช่องบริการที่นั่งประจำวันนี้").selectOption(String(counter));
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  if (staff.totpSecret) {
    await page.locator("#code").fill(await unusedTotpCode(staff.totpSecret));
    await page.locator("form").getByRole("button").first().click();
  }
  await expect(page).toHaveURL(/\/staff$/);
}
