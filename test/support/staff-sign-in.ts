import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { createStaff, TestStaff } from "./staff";
import { unusedTotpCode } from "./totp";

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * createStaff() on the running server's database (E2E_DATABASE_URL by default), in a child
 * process: Playwright cannot load the database client. The app secret that encrypts the
 * authenticator key is the server's too (APP_SECRET, or app-secret.key beside the file).
 */
export function createStaffInServerDatabase(options: Parameters<typeof createStaff>[0], databaseUrl = process.env.E2E_DATABASE_URL!): TestStaff {
  const out = execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["test/support/create-staff-cli.ts", JSON.stringify(options)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as TestStaff;
}

/**
 * Sign in through the real sign-in page, as a person would (Thai screens; the form's
 * labels are the selectors). With `counter`, the counter chosen at sign-in; for an account
 * with an authenticator app (every ADMIN from createStaff), the code is computed from its
 * secret. Ends on the board (/staff).
 *
 *   const officer = createStaffInServerDatabase({ username: "e2e.officer", role: "OFFICER", divisions: ["ENGINEERING"] });
 *   await signInAsStaff(page, officer, { counter: 2 });
 */
export async function signInAsStaff(page: Page, staff: Pick<TestStaff, "username" | "password" | "totpSecret">, options: { counter?: number } = {}): Promise<void> {
  await page.goto("/staff/sign-in");
  await page.getByLabel("ชื่อผู้ใช้").fill(staff.username);
  await page.getByLabel("รหัสผ่าน", { exact: true }).fill(staff.password);
  if (options.counter !== undefined) await page.getByLabel("ช่องบริการที่นั่งประจำวันนี้").selectOption(String(options.counter));
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  if (staff.totpSecret) {
    await expect(page.getByRole("heading", { level: 1, name: "ยืนยันตัวตนขั้นที่สอง" })).toBeVisible();
    await page.getByLabel("รหัสยืนยัน").fill(await unusedTotpCode(staff.totpSecret));
    await page.getByRole("button", { name: "ยืนยัน", exact: true }).click();
  }
  await expect(page).toHaveURL(/\/staff$/);
}

/** Sign out from the console's header. */
export async function signOutStaff(page: Page): Promise<void> {
  await page.getByText("บัญชีของคุณ").click();
  await page.getByRole("button", { name: "ออกจากระบบ" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?signedOut=1$/);
}
