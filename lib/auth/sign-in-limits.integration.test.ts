import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { setStaffActive } from "@/lib/staff/accounts";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff } from "@/test/support/staff";
import { getAuth } from "./auth";
import { signIn } from "./sign-in";
import { ADDRESS_LIMIT, PAIR_LIMIT } from "./sign-in-throttle";

beforeAll(async () => {
  await seedDatabase(db);
});
afterEach(() => {
  vi.restoreAllMocks();
});

let addresses = 0;
/** A fresh client address, so one test's throttle never meets another's. */
const newAddress = () => `10.9.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const attempt = (username: string, password: string, address: string) =>
  signIn({ username, password, counter: null }, new CookieJar().headers({ "x-forwarded-for": address }));
const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Pretend the account's (or name's) 15 minutes have passed. */
const lockPassed = () => Promise.all([
  db.staffUser.updateMany({ where: { lockedUntil: { not: null } }, data: { lockedUntil: new Date(Date.now() - 1_000) } }),
  db.signInThrottle.updateMany({ where: { key: { startsWith: "name:" }, until: { not: null } }, data: { until: new Date(Date.now() - 1_000) } }),
]);

describe("unknown usernames answer exactly as known ones", () => {
  it("the same answers, lockout included, for a real, a deactivated and an unknown username", async () => {
    await createStaff({ username: "real.person", role: "OFFICER" });
    await createStaff({ username: "left.office", role: "OFFICER" });
    await setStaffActive({ username: "left.office" }, false, "cli");
    const answers = async (username: string) => {
      const address = newAddress();
      const out = [];
      for (let i = 1; i <= 6; i += 1) out.push(await attempt(username, `wrong password ${i}`, address));
      return out;
    };
    const expected = [...Array(4).fill({ status: "invalid" }), { status: "locked", minutesLeft: 15 }, { status: "locked", minutesLeft: 15 }];
    expect(await answers("real.person")).toEqual(expected);
    expect(await answers("left.office")).toEqual(expected);
    expect(await answers("no.such.person")).toEqual(expected);
    // The unknown name is kept only as a keyed hash.
    expect(JSON.stringify(await db.signInThrottle.findMany())).not.toContain("no.such.person");
    // And the address too.
    expect(JSON.stringify(await db.signInThrottle.findMany())).not.toContain("10.9.");
  });

  it("takes about as long for an unknown username as for a wrong password", async () => {
    await createStaff({ username: "timed.person", role: "COUNTER" });
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      known.push(await timed(() => attempt("timed.person", `wrong ${i} password`, newAddress())));
      unknown.push(await timed(() => attempt(`timed.nobody${i}`, `wrong ${i} password`, newAddress())));
    }
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe("the throttle by address", () => {
  it("slows one address guessing one account, says how long to wait, and lets other addresses and colleagues in", async () => {
    const target = await createStaff({ username: "pair.target", role: "HEAD" });
    const colleague = await createStaff({ username: "pair.colleague", role: "COUNTER" });
    const office = newAddress();
    let answers = 0;
    while (answers < PAIR_LIMIT.attempts) {
      const result = await attempt("pair.target", `wrong password ${answers}`, office);
      answers += 1;
      if (result.status === "locked") await lockPassed();
    }
    const throttled = await attempt("pair.target", target.password, office);
    expect(throttled).toEqual({ status: "throttled", minutesLeft: PAIR_LIMIT.minutes });
    // The same answer for a name nobody has.
    for (let i = 0; i < PAIR_LIMIT.attempts; i += 1) {
      if ((await attempt("pair.nobody", `wrong password ${i}`, office)).status === "locked") await lockPassed();
    }
    expect(await attempt("pair.nobody", "anything at all", office)).toEqual({ status: "throttled", minutesLeft: PAIR_LIMIT.minutes });

    // Everyone else at the office, and the target from elsewhere, still sign in.
    expect((await attempt("pair.colleague", colleague.password, office)).status).toBe("signed-in");
    expect((await attempt("pair.target", target.password, newAddress())).status).toBe("signed-in");
  });

  it("stops one address trying many usernames at a higher ceiling, and nobody else", async () => {
    const colleague = await createStaff({ username: "ceiling.colleague", role: "OFFICER" });
    const shared = newAddress();
    for (let i = 0; i < ADDRESS_LIMIT.attempts; i += 1) expect((await attempt(`guess.${i}`, "password123456", shared)).status).toBe("invalid");
    expect(await attempt("guess.next", "password123456", shared)).toEqual({ status: "throttled", minutesLeft: ADDRESS_LIMIT.minutes });
    expect(await attempt("ceiling.colleague", colleague.password, shared)).toEqual({ status: "throttled", minutesLeft: ADDRESS_LIMIT.minutes });
    expect((await attempt("ceiling.colleague", colleague.password, newAddress())).status).toBe("signed-in");
    const audit = await db.auditLog.findMany({ where: { action: "staff.sign_in_throttled" } });
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit)).not.toContain("guess.next");
  });

  it("counts nothing for sign-ins that succeed", async () => {
    const regular = await createStaff({ username: "daily.regular", role: "COUNTER" });
    const office = newAddress();
    for (let i = 0; i < ADDRESS_LIMIT.attempts + 5; i += 1) expect((await attempt("daily.regular", regular.password, office)).status).toBe("signed-in");
  });
});

describe("the lockout under concurrency", () => {
  it("checks at most 5 passwords for 200 wrong ones at once, and locks the account", async () => {
    const staff = await createStaff({ username: "raced.account", role: "OFFICER" });
    const verify = vi.spyOn((await getAuth().$context).password, "verify");
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt("raced.account", `wrong password ${i}`, newAddress())));
    expect(verify).toHaveBeenCalled();
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === "invalid").length).toBeLessThanOrEqual(4);
    expect(results.every((r) => r.status === "invalid" || r.status === "locked")).toBe(true);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect((await attempt("raced.account", staff.password, newAddress())).status).toBe("locked");
  });

  it("40 wrong passwords and the right one in one burst sign nobody in and leave the account locked", async () => {
    const staff = await createStaff({ username: "burst.account", role: "ADMIN", twoFactor: false });
    const verify = vi.spyOn((await getAuth().$context).password, "verify");
    const burst = [...Array.from({ length: 40 }, (_, i) => `wrong password ${i}`), staff.password];
    const results = await Promise.all(burst.map((password) => attempt("burst.account", password, newAddress())));
    expect(results.at(-1)?.status).toBe("locked");
    expect(results.some((r) => r.status === "signed-in")).toBe(false);
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(await db.staffSession.count({ where: { userId: staff.id } })).toBe(0);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});
