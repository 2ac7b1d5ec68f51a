import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff, totpCode, type TestStaff } from "@/test/support/staff";
import { signIn, verifySignInCode } from "./sign-in";
import { readStaffSession } from "./staff-session";

beforeAll(async () => {
  await seedDatabase(db);
});

/** Password step done: a browser waiting for the authenticator code. */
async function passwordDone(admin: TestStaff): Promise<CookieJar> {
  const jar = new CookieJar();
  const result = await signIn({ username: admin.username, password: admin.password, counter: null }, jar.headers({ "x-forwarded-for": "10.7.0.1" }));
  expect(result.status).toBe("two-factor");
  if ("setCookies" in result) jar.store(result.setCookies);
  return jar;
}
const enterCode = async (jar: CookieJar, code: string) => {
  const result = await verifySignInCode({ code, counter: null }, jar.headers());
  if ("setCookies" in result) jar.store(result.setCookies);
  return result.status;
};

describe("an authenticator code", () => {
  it("signs in once; the same code again within its window is refused, the next one works", async () => {
    const admin = await createStaff({ username: "admin.replay", role: "ADMIN" });
    const code = totpCode(admin.totpSecret!);
    const first = await passwordDone(admin);
    expect(await enterCode(first, code)).toBe("signed-in");
    expect(await readStaffSession(first.headers())).toMatchObject({ id: admin.id });

    const replay = await passwordDone(admin);
    expect(await enterCode(replay, code)).toBe("invalid");
    expect(await readStaffSession(replay.headers())).toBeNull();
    // The app's next code (30 s on) is a new one, and works.
    expect(await enterCode(replay, totpCode(admin.totpSecret!, Date.now() + 30_000))).toBe("signed-in");
    // Codes from before the last one used are refused too.
    const older = await passwordDone(admin);
    expect(await enterCode(older, code)).toBe("invalid");
    const audit = await db.auditLog.findMany({ where: { actorId: admin.id, action: "staff.two_factor_failed" } });
    expect(audit.map((row) => JSON.parse(row.detail).reason)).toContain("reused_code");
  });

  it("sent from two browsers at once signs in only one", async () => {
    const admin = await createStaff({ username: "admin.twotabs", role: "ADMIN" });
    const [a, b] = [await passwordDone(admin), await passwordDone(admin)];
    const code = totpCode(admin.totpSecret!);
    const results = await Promise.all([enterCode(a, code), enterCode(b, code)]);
    expect(results.sort()).toEqual(["invalid", "signed-in"]);
    expect(await db.staffSession.count({ where: { userId: admin.id } })).toBe(1);
  });
});
