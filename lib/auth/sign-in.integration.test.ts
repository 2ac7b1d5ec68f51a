import { createOTP } from "@better-auth/utils/otp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff, totpCode } from "@/test/support/staff";
import { changePassword } from "./change-password";
import { changeCounter, signIn, verifySignInCode } from "./sign-in";
import { signOut } from "./sign-out";
import { readSessionState, readStaffSession, staffSessionFromNodeRequest } from "./staff-session";

beforeAll(async () => {
  await seedDatabase(db);
});

async function signedIn(username: string, password: string, counter: number | null = null) {
  const jar = new CookieJar();
  const result = await signIn({ username, password, counter }, jar.headers());
  if ("setCookies" in result) jar.store(result.setCookies);
  return { jar, result };
}

const auditActions = async (username: string) =>
  (await db.auditLog.findMany({ where: { actorLabel: username }, orderBy: { id: "asc" }, select: { action: true, detail: true } })).map((row) => row.action);

describe("staff sign-in", () => {
  it("signs in with username and password, records the counter, and audits it", async () => {
    const officer = await createStaff({ username: "Nok.Officer", role: "OFFICER", divisions: ["ENGINEERING"] });
    const { jar, result } = await signedIn("  NOK.officer ", officer.password, 3);
    expect(result.status).toBe("signed-in");
    const cookie = jar.get("ko-staff.session_token");
    expect(cookie).toBeTruthy();
    const staff = await readStaffSession(jar.headers());
    expect(staff).toMatchObject({ id: officer.id, username: "nok.officer", role: "OFFICER", divisionCodes: ["ENGINEERING"], counterNumber: 3 });
    expect(await auditActions("nok.officer")).toContain("staff.signed_in");
  });

  it("sets an httpOnly, SameSite=Lax session cookie stored in the database", async () => {
    const staff = await createStaff({ username: "cookie.check", role: "COUNTER", divisions: ["PALAD"] });
    const result = await signIn({ username: staff.username, password: staff.password, counter: null }, new CookieJar().headers());
    expect(result.status).toBe("signed-in");
    const line = "setCookies" in result ? result.setCookies.find((c) => c.startsWith("ko-staff.session_token=")) : undefined;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(await db.staffSession.count({ where: { userId: staff.id } })).toBe(1);
  });

  it("refuses a wrong password and an unknown username alike, without logging the typed name", async () => {
    await createStaff({ username: "wrong.pw", role: "OFFICER" });
    expect((await signedIn("wrong.pw", "not the password at all")).result).toEqual({ status: "invalid" });
    expect((await signedIn("nobody.here", "whatever password")).result).toEqual({ status: "invalid" });
    const unknown = await db.auditLog.findFirst({ where: { action: "staff.sign_in_failed", actorId: null }, orderBy: { id: "desc" } });
    expect(unknown?.actorLabel).toBe("");
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain("not the password at all");
  });

  it("reads the same session from a plain Node request (event streams beside Next.js)", async () => {
    const staff = await createStaff({ username: "stream.reader", role: "OFFICER", divisions: ["WELFARE"] });
    const { jar } = await signedIn(staff.username, staff.password, 4);
    const cookie = jar.headers().get("cookie")!;
    expect(await staffSessionFromNodeRequest({ headers: { cookie, host: "localhost:3000" } })).toMatchObject({ id: staff.id, divisionCodes: ["WELFARE"], counterNumber: 4 });
    expect(await staffSessionFromNodeRequest({ headers: { cookie: cookie.replace(/session_token=[^.]*/, "session_token=forged") } })).toBeNull();
    expect(await staffSessionFromNodeRequest({ headers: {} })).toBeNull();
  });

  it("changes the counter of this session only, for its owner", async () => {
    const staff = await createStaff({ username: "moves.counter", role: "COUNTER", divisions: ["PALAD"] });
    const { jar } = await signedIn(staff.username, staff.password, 1);
    const other = await signedIn(staff.username, staff.password, 1);
    await changeCounter(staff.id, jar.headers(), 9);
    await changeCounter(staff.id + 1000, other.jar.headers(), 12);
    expect((await readStaffSession(jar.headers()))?.counterNumber).toBe(9);
    expect((await readStaffSession(other.jar.headers()))?.counterNumber).toBe(1);
  });

  it("ends the session at sign-out", async () => {
    const staff = await createStaff({ username: "leaving.now", role: "HEAD", divisions: ["FINANCE"] });
    const { jar } = await signedIn(staff.username, staff.password);
    expect(await readStaffSession(jar.headers())).not.toBeNull();
    const before = jar.headers();
    jar.store((await signOut(jar.headers())).setCookies);
    expect(await readStaffSession(before)).toBeNull();
    expect(await readStaffSession(jar.headers())).toBeNull();
  });
});

describe("two-factor sign-in for ADMIN", () => {
  it("computes the same codes as Better Auth (test helper check)", async () => {
    const raw = "abcdefghijklmnopqrstuvwxyz012345";
    const { base32 } = await import("@/test/support/staff");
    expect(totpCode(base32(Buffer.from(raw)))).toBe(await createOTP(raw).totp());
  });

  it("asks an ADMIN with an app for a code before there is a session, then signs in", async () => {
    const admin = await createStaff({ username: "admin.two", role: "ADMIN" });
    const { jar, result } = await signedIn(admin.username, admin.password, 5);
    expect(result.status).toBe("two-factor");
    expect(await readSessionState(jar.headers())).toEqual({ state: "signed-out" });

    expect((await verifySignInCode({ code: "000000", counter: 5 }, jar.headers())).status).toBe("invalid");
    const ok = await verifySignInCode({ code: totpCode(admin.totpSecret!), counter: 5 }, jar.headers());
    expect(ok.status).toBe("signed-in");
    if ("setCookies" in ok) jar.store(ok.setCookies);
    expect(await readStaffSession(jar.headers())).toMatchObject({ id: admin.id, role: "ADMIN", counterNumber: 5 });
    expect(await auditActions("admin.two")).toEqual(expect.arrayContaining(["staff.two_factor_failed", "staff.signed_in"]));
  });

  it("accepts a backup code once", async () => {
    const admin = await createStaff({ username: "admin.backup", role: "ADMIN" });
    const first = await signedIn(admin.username, admin.password);
    const ok = await verifySignInCode({ code: admin.backupCodes[0]!, counter: null }, first.jar.headers());
    expect(ok.status).toBe("signed-in");
    const again = await signedIn(admin.username, admin.password);
    expect((await verifySignInCode({ code: admin.backupCodes[0]!, counter: null }, again.jar.headers())).status).toBe("invalid");
  });

  it("is not ready while an ADMIN has no authenticator app", async () => {
    const admin = await createStaff({ username: "admin.noapp", role: "ADMIN", twoFactor: false });
    const { jar, result } = await signedIn(admin.username, admin.password);
    expect(result.status).toBe("signed-in");
    expect((await readSessionState(jar.headers())).state).toBe("must-set-up-2fa");
    expect(await readStaffSession(jar.headers())).toBeNull();
  });
});

describe("changing the password", () => {
  it("applies the password rules, ends other sessions and keeps the counter", async () => {
    const staff = await createStaff({ username: "changer", role: "OFFICER", password: "first password 123" });
    const other = await signedIn(staff.username, "first password 123");
    const { jar } = await signedIn(staff.username, "first password 123", 7);
    const attempt = (newPassword: string, confirmation = newPassword, currentPassword = "first password 123") =>
      changePassword({ currentPassword, newPassword, confirmation }, jar.headers());

    expect(await attempt("short")).toEqual({ status: "invalid", problem: "too_short" });
    expect(await attempt("first password 123")).toEqual({ status: "invalid", problem: "same_as_current" });
    expect(await attempt("a long new password", "a long new passw0rd")).toEqual({ status: "invalid", problem: "mismatch" });
    expect(await attempt("a long new password", "a long new password", "wrong current pw")).toEqual({ status: "wrong-current" });

    const changed = await attempt("a long new password");
    expect(changed.status).toBe("changed");
    if ("setCookies" in changed) jar.store(changed.setCookies);
    expect(await readStaffSession(jar.headers())).toMatchObject({ id: staff.id, counterNumber: 7 });
    expect(await readStaffSession(other.jar.headers())).toBeNull();
    expect((await signedIn(staff.username, "first password 123")).result.status).toBe("invalid");
    expect((await signedIn(staff.username, "a long new password")).result.status).toBe("signed-in");
    expect(await auditActions("changer")).toContain("staff.password_changed");
  });
});
