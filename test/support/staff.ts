import { createHmac, randomBytes } from "node:crypto";
import { hashPassword, symmetricEncrypt } from "better-auth/crypto";
import { getAuth } from "@/lib/auth/auth";
import { placeholderEmail } from "@/lib/auth/username";
import { db } from "@/lib/db/client";
import { credentialAccount } from "@/lib/staff/accounts/create-staff";
import type { Role } from "@/lib/staff/roles";

/**
 * Staff accounts for tests, ready to use: their own password already chosen (no one-time
 * password), and for an ADMIN an authenticator app already set up, whose secret is
 * returned so the test can compute codes with `totpCode()`.
 *
 * Integration tests: call it after test/support/fresh-database.ts (automatic), with the
 * divisions seeded (`seedDatabase(db)`). Playwright: set DATABASE_URL to the server's file
 * (`file:${process.env.E2E_DATABASE}`) before the first call, so the account and the
 * secret that encrypts the authenticator key (data/app-secret.key beside it, or
 * APP_SECRET) are the server's; then sign in with `signInAsStaff` from ./staff-sign-in.
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

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer {
  const clean = text.replace(/=+$/, "").toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The 6-digit code an authenticator app shows for this base32 secret (RFC 6238: SHA-1, 30 s). */
export function totpCode(secretBase32: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", fromBase32(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 15;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, "0");
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
