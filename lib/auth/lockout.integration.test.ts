import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetStaffPassword } from "@/lib/staff/accounts";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff, totpCode } from "@/test/support/staff";
import { signIn, verifySignInCode } from "./sign-in";

beforeAll(async () => {
  await seedDatabase(db);
});

const attempt = (username: string, password: string) => signIn({ username, password, counter: null }, new CookieJar().headers());

describe("sign-in lockout", () => {
  it("locks an account after 5 wrong passwords, says how many minutes are left, and refuses even the right one", async () => {
    const staff = await createStaff({ username: "guessed", role: "OFFICER" });
    for (let i = 1; i <= 4; i += 1) expect(await attempt("guessed", `wrong password ${i}`)).toEqual({ status: "invalid" });
    expect(await attempt("guessed", "wrong password 5")).toEqual({ status: "locked", minutesLeft: 15 });
    expect(await attempt("guessed", staff.password)).toEqual({ status: "locked", minutesLeft: 15 });

    // Ten and a half minutes later: 5 minutes left (rounded up).
    await db.staffUser.update({ where: { id: staff.id }, data: { lockedUntil: new Date(Date.now() + 4.5 * 60_000) } });
    expect(await attempt("guessed", staff.password)).toEqual({ status: "locked", minutesLeft: 5 });

    const actions = (await db.auditLog.findMany({ where: { actorId: staff.id }, select: { action: true } })).map((row) => row.action);
    expect(actions.filter((a) => a === "staff.sign_in_failed")).toHaveLength(5);
    expect(actions).toContain("staff.locked_out");
    expect(actions.filter((a) => a === "staff.sign_in_refused")).toHaveLength(2);
  });

  it("lets the account in again once the lock has passed", async () => {
    const staff = await createStaff({ username: "waited", role: "OFFICER" });
    for (let i = 1; i <= 5; i += 1) await attempt("waited", `wrong password ${i}`);
    await db.staffUser.update({ where: { id: staff.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    expect((await attempt("waited", staff.password)).status).toBe("signed-in");
  });

  it("starts counting again after a successful sign-in", async () => {
    const staff = await createStaff({ username: "forgetful", role: "COUNTER" });
    for (let i = 1; i <= 4; i += 1) await attempt("forgetful", `wrong password ${i}`);
    expect((await attempt("forgetful", staff.password)).status).toBe("signed-in");
    for (let i = 1; i <= 4; i += 1) expect(await attempt("forgetful", `wrong password ${i}`)).toEqual({ status: "invalid" });
    expect((await attempt("forgetful", staff.password)).status).toBe("signed-in");
  });

  it("is cleared by a reset, whose one-time password then works", async () => {
    await createStaff({ username: "unlocked", role: "HEAD" });
    for (let i = 1; i <= 5; i += 1) await attempt("unlocked", `wrong password ${i}`);
    expect((await attempt("unlocked", "wrong password 6")).status).toBe("locked");
    const reset = await resetStaffPassword({ username: "unlocked" }, "cli");
    expect((await attempt("unlocked", reset.oneTimePassword)).status).toBe("signed-in");
  });

  it("locks the authenticator step after 5 wrong codes, with the minutes left", async () => {
    const admin = await createStaff({ username: "admin.locked", role: "ADMIN" });
    const jar = new CookieJar();
    const first = await signIn({ username: admin.username, password: admin.password, counter: null }, jar.headers());
    if ("setCookies" in first) jar.store(first.setCookies);
    for (let i = 1; i <= 4; i += 1) expect((await verifySignInCode({ code: "000000", counter: null }, jar.headers())).status).toBe("invalid");
    expect(await verifySignInCode({ code: "000001", counter: null }, jar.headers())).toEqual({ status: "locked", minutesLeft: 15 });

    const again = new CookieJar();
    const second = await signIn({ username: admin.username, password: admin.password, counter: null }, again.headers());
    if ("setCookies" in second) again.store(second.setCookies);
    expect(await verifySignInCode({ code: totpCode(admin.totpSecret!), counter: null }, again.headers())).toEqual({ status: "locked", minutesLeft: 15 });
  });
});
