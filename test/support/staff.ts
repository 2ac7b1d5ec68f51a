import { randomBytes } from "node:crypto";
import { hashPassword, symmetricEncrypt } from "better-auth/crypto";
import { getAuth } from "@/lib/auth/auth";
import { placeholderEmail } from "@/lib/auth/username";
import { db } from "@/lib/db/client";
import { credentialAccount } from "@/lib/staff/accounts/create-staff";
import type { Role } from "@/lib/staff/roles";
import { base32 } from "./totp";

export { base32, totpCode } from "./totp";

/**
 * Staff accounts for tests, ready to use: their own password already chosen (no one-time
 * password), and for an ADMIN an authenticator app already set up, whose secret is
 * returned so the test can compute codes with `totpCode()`.
 *
 * Integration tests: call it after test/support/fresh-database.ts (automatic), with the
 * divisions seeded (`seedDatabase(db)`). Playwright tests cannot import the database client
 * (an ES module): they use `createStaffInServerDatabase` and `signInAsStaff` from
 * ./staff-sign-in, which run this in a child process on the server's database file.
 */
export type TestStaff = {
  id: number;
  username: string;
  password: string;
  role: Role;
  /** Base32, as an authenticator app reads it; null without two-factor. */
  totpSecret: string | null;
  /** Two unused backup codes (with two-factor). */
  backupCodes: string[];
};

export const TEST_PASSWORD = "correct horse battery staple";

export async function createStaff(options: {
  username: string;
  role: Role;
  divisions?: readonly string[];
  password?: string;
  displayName?: string;
  /** Defaults to true for ADMIN (required there), false for the others. */
  twoFactor?: boolean;
}): Promise<TestStaff> {
  const password = options.password ?? TEST_PASSWORD;
  const username = options.username.toLowerCase();
  const divisions = await db.division.findMany({ where: { code: { in: [...(options.divisions ?? [])] } }, select: { id: true, code: true } });
  if (divisions.length !== (options.divisions ?? []).length) throw new Error(`createStaff: unknown division in ${options.divisions?.join(", ")} (seed first)`);
  const twoFactor = options.twoFactor ?? options.role === "ADMIN";

  const user = await db.staffUser.create({
    data: {
      username,
      displayName: options.displayName ?? username,
      role: options.role,
      email: placeholderEmail(username),
      mustChangePassword: false,
      twoFactorEnabled: twoFactor,
      divisions: { create: divisions.map((division) => ({ divisionId: division.id })) },
    },
    select: { id: true },
  });
  await db.staffAccount.create({ data: credentialAccount(user.id, await hashPassword(password)) });

  let totpSecret: string | null = null;
  let backupCodes: string[] = [];
  if (twoFactor) {
    // Better Auth keeps the secret as text and uses its UTF-8 bytes as the HMAC key.
    const rawSecret = randomBytes(24).toString("base64url").slice(0, 32);
    backupCodes = [`${randomBytes(3).toString("hex").slice(0, 5)}-backup`, `${randomBytes(3).toString("hex").slice(0, 5)}-spare`];
    const key = (await getAuth().$context).secretConfig;
    await db.staffTwoFactor.create({
      data: {
        userId: user.id,
        secret: await symmetricEncrypt({ key, data: rawSecret }),
        backupCodes: await symmetricEncrypt({ key, data: JSON.stringify(backupCodes) }),
        verified: true,
      },
    });
    totpSecret = base32(Buffer.from(rawSecret, "utf8"));
  }
  return { id: user.id, username, password, role: options.role, totpSecret, backupCodes };
}

/**
 * A browser's cookies for integration tests that call lib/auth directly: keep what each
 * answer sets (`store(result.setCookies)`), send them back with `headers()`.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: readonly string[]): this {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }

  get(name: string): string | undefined {
    return [...this.cookies].find(([key]) => key.endsWith(name))?.[1];
  }

  headers(extra: Record<string, string> = {}): Headers {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Headers({ ...(cookie ? { cookie } : {}), "user-agent": "vitest", ...extra });
  }
}
