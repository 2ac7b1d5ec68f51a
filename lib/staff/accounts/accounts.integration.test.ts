import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { signIn } from "@/lib/auth/sign-in";
import { readSessionState, readStaffSession } from "@/lib/auth/staff-session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff } from "@/test/support/staff";
import { createStaffAccount, listStaffAccounts, resetStaffPassword, setStaffActive, updateStaffAccount } from ".";

beforeAll(async () => {
  await seedDatabase(db);
});

async function session(username: string, password: string) {
  const jar = new CookieJar();
  const result = await signIn({ username, password, counter: 2 }, jar.headers());
  expect(result.status).toBe("signed-in");
  if ("setCookies" in result) jar.store(result.setCookies);
  return jar;
}

describe("staff accounts", () => {
  it("creates an account whose one-time password must be replaced before anything else", async () => {
    const created = await createStaffAccount({ username: "New.Officer", role: "OFFICER", divisionCodes: ["welfare"], displayName: "สมหญิง" }, "cli");
    expect(created).toMatchObject({ username: "new.officer", role: "OFFICER", divisionCodes: ["WELFARE"], displayName: "สมหญิง" });
    const stored = await db.staffAccount.findFirst({ where: { userId: created.id } });
    expect(stored?.password).not.toContain(created.oneTimePassword);

    const jar = await session("new.officer", created.oneTimePassword);
    expect((await readSessionState(jar.headers())).state).toBe("must-change-password");
    expect(await readStaffSession(jar.headers())).toBeNull();

    const changed = await changePassword({ currentPassword: created.oneTimePassword, newPassword: "my own long password", confirmation: "my own long password" }, jar.headers());
    expect(changed.status).toBe("changed");
    if ("setCookies" in changed) jar.store(changed.setCookies);
    expect(await readStaffSession(jar.headers())).toMatchObject({ username: "new.officer", divisionCodes: ["WELFARE"], counterNumber: 2 });
    expect((await signIn({ username: "new.officer", password: created.oneTimePassword, counter: null }, new CookieJar().headers())).status).toBe("invalid");

    const audit = await db.auditLog.findFirst({ where: { action: "staff.created", subjectId: String(created.id) } });
    expect(audit).toMatchObject({ actorType: "system", actorLabel: "npm run staff" });
    expect(audit?.detail).not.toContain(created.oneTimePassword);
  });

  it("refuses a taken username, an unknown role or division", async () => {
    await createStaffAccount({ username: "taken.name", role: "COUNTER" }, "cli");
    await expect(createStaffAccount({ username: "TAKEN.name", role: "COUNTER" }, "cli")).rejects.toMatchObject({ code: "username_taken" });
    await expect(createStaffAccount({ username: "other.name", role: "BOSS" }, "cli")).rejects.toMatchObject({ code: "invalid_role" });
    await expect(createStaffAccount({ username: "other.name", role: "HEAD", divisionCodes: ["NOPE"] }, "cli")).rejects.toMatchObject({ code: "unknown_division", details: { code: "NOPE" } });
    await expect(createStaffAccount({ username: "a b", role: "HEAD" }, "cli")).rejects.toMatchObject({ code: "invalid_username" });
  });

  it("lets only an ADMIN change accounts from the pages", async () => {
    const head = await createStaff({ username: "head.only", role: "HEAD", divisions: ["FINANCE"] });
    const headSession = await readStaffSession((await session(head.username, head.password)).headers());
    await expect(createStaffAccount({ username: "sneaky", role: "ADMIN" }, headSession!)).rejects.toEqual(new AppError("forbidden"));
  });

  it("applies role and division changes to a session already open", async () => {
    const staff = await createStaff({ username: "moved", role: "OFFICER", divisions: ["ENGINEERING"] });
    const jar = await session(staff.username, staff.password);
    const before = await readStaffSession(jar.headers());
    expect(before).toMatchObject({ role: "OFFICER", divisionCodes: ["ENGINEERING"] });

    await updateStaffAccount({ username: "moved" }, { role: "HEAD", divisionCodes: ["WELFARE", "FINANCE"] }, "cli");
    const after = await readStaffSession(jar.headers());
    expect(after?.role).toBe("HEAD");
    expect([...after!.divisionCodes].sort()).toEqual(["FINANCE", "WELFARE"]);
    expect(after?.divisionIds).not.toContain(before!.divisionIds[0]);
    const audit = await db.auditLog.findFirst({ where: { action: "staff.updated", subjectId: String(staff.id) } });
    expect(JSON.parse(audit!.detail)).toMatchObject({ role: { from: "OFFICER", to: "HEAD" } });
  });

  it("ends a deactivated account's sessions, refuses its sign-in, and can bring it back", async () => {
    const staff = await createStaff({ username: "left.office", role: "COUNTER", divisions: ["PALAD"] });
    const jar = await session(staff.username, staff.password);
    expect(await readStaffSession(jar.headers())).not.toBeNull();

    await setStaffActive({ username: "left.office" }, false, "cli");
    expect(await readStaffSession(jar.headers())).toBeNull();
    expect(await db.staffSession.count({ where: { userId: staff.id } })).toBe(0);
    expect((await signIn({ username: staff.username, password: staff.password, counter: null }, new CookieJar().headers())).status).toBe("invalid");

    await setStaffActive({ username: "left.office" }, true, "cli");
    await session(staff.username, staff.password);
  });

  it("stops a session at once even when only the active flag changes", async () => {
    const staff = await createStaff({ username: "flagged", role: "OFFICER" });
    const jar = await session(staff.username, staff.password);
    await db.staffUser.update({ where: { id: staff.id }, data: { active: false } });
    expect(await readSessionState(jar.headers())).toEqual({ state: "signed-out" });
  });

  it("keeps at least one active ADMIN, and an ADMIN cannot deactivate themselves", async () => {
    await db.staffUser.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    const admin = await createStaff({ username: "only.admin", role: "ADMIN" });
    await expect(setStaffActive({ id: admin.id }, false, "cli")).rejects.toMatchObject({ code: "last_admin" });
    await expect(updateStaffAccount({ id: admin.id }, { role: "HEAD" }, "cli")).rejects.toMatchObject({ code: "last_admin" });
    await createStaff({ username: "second.admin", role: "ADMIN" });
    const adminSession = { id: admin.id, role: "ADMIN" as const, divisionIds: [], username: admin.username, displayName: "", divisionCodes: [], counterNumber: null };
    await expect(setStaffActive({ id: admin.id }, false, adminSession)).rejects.toMatchObject({ code: "self" });
    await setStaffActive({ username: "second.admin" }, false, adminSession);
  });

  it("resets a password: one-time password, sessions ended, and with --two-factor the app removed", async () => {
    const admin = await createStaff({ username: "lost.phone", role: "ADMIN" });
    await db.staffSession.create({ data: { token: "t-lost-phone", userId: admin.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const reset = await resetStaffPassword({ username: "lost.phone" }, "cli", { removeTwoFactor: true });
    expect(await db.staffSession.count({ where: { userId: admin.id } })).toBe(0);
    expect(await db.staffTwoFactor.count({ where: { userId: admin.id } })).toBe(0);
    const jar = await session("lost.phone", reset.oneTimePassword);
    expect((await readSessionState(jar.headers())).state).toBe("must-change-password");
    await changePassword({ currentPassword: reset.oneTimePassword, newPassword: "brand new passphrase", confirmation: "brand new passphrase" }, jar.headers()).then((r) => {
      if ("setCookies" in r) jar.store(r.setCookies);
    });
    expect((await readSessionState(jar.headers())).state).toBe("must-set-up-2fa");
  });

  it("lists accounts with their state", async () => {
    const rows = await listStaffAccounts();
    expect(rows.find((row) => row.username === "left.office")).toMatchObject({ active: true, role: "COUNTER", divisionCodes: ["PALAD"] });
    expect(rows.find((row) => row.username === "new.officer")).toMatchObject({ mustChangePassword: false });
  });
});
