import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseClient, db } from "@/lib/db/client";
import { addressThrottle, spendChallenge } from "@/lib/integrity/throttle";
import { spendLimit } from "@/lib/online/limits";
import { onPostgres } from "@/test/support/engine";
import { rateLimiter } from "./rate-limit";
import { addToWindow, alignedWindow, pruneWindows, readWindow } from "./rate-limit-windows";

// A second client stands in for a second server process: its own connections and its own
// limiter (so its own memory), the same database. The application's `db` is the first.
const other = createDatabaseClient(process.env.DATABASE_URL);
afterAll(async () => {
  await other.$disconnect();
  await db.$disconnect();
});

const MINUTE = 60_000;
// Far from the real clock: the timer that prunes at a window's real end never fires here
// (it would be weeks away), so only the steps of a test delete its rows.
const base = alignedWindow(Date.now() + 30 * 24 * 60 * MINUTE, MINUTE).start;
let address = 0;
const someAddress = () => `203.0.113.${++address}`;
const bothProcesses = (options: { name: string; limit: number; windowMs: number }) => [rateLimiter(options), rateLimiter({ ...options, client: other })] as const;
const stored = () => db.rateLimitWindow.findMany();

describe.runIf(onPostgres)("rate limits on PostgreSQL, shared by two processes", () => {
  it("allow N in all across both, refuse the N+1th on either, and start again in the next window", async () => {
    const [one, two] = bothProcesses({ name: "test-shared", limit: 5, windowMs: MINUTE });
    const key = someAddress();
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await (i % 2 === 0 ? one : two)(key, base + i));
    expect(answers).toEqual([true, true, true, true, true]);
    expect(await one(key, base + 10)).toBe(false);
    expect(await two(key, base + 11)).toBe(false);
    expect(await two(someAddress(), base + 12)).toBe(true);
    // The next window counts afresh, for both.
    expect(await two(key, base + MINUTE)).toBe(true);
    expect(await one(key, base + MINUTE + 1)).toBe(true);
  });

  it("never allow more than the limit to parallel hits from both", async () => {
    const [one, two] = bothProcesses({ name: "test-parallel", limit: 20, windowMs: MINUTE });
    const key = someAddress();
    const hits = Array.from({ length: 120 }, (_, i) => (i % 2 === 0 ? one : two)(key, base + 2 * MINUTE + (i % 50)));
    const allowed = (await Promise.all(hits)).filter(Boolean).length;
    expect(allowed).toBe(20);
    // Several uses at once (files in one filing) count together.
    const [files, moreFiles] = bothProcesses({ name: "test-many", limit: 5, windowMs: MINUTE });
    expect(await files(key, base + 2 * MINUTE, 4)).toBe(true);
    expect(await moreFiles(key, base + 2 * MINUTE, 2)).toBe(false);
  });

  it("store only keyed hashes, and prune windows once they end", async () => {
    const [one] = bothProcesses({ name: "test-keys", limit: 3, windowMs: MINUTE });
    const key = someAddress();
    await one(key, base + 3 * MINUTE);
    const rows = await stored();
    expect(rows.some((row) => row.key.startsWith("test-keys:"))).toBe(true);
    expect(JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain("203.0.113.");
    // The application's own limits are among them, under their names.
    expect(await spendLimit("lookupsPerAddress", key)).toBeNull();
    expect((await stored()).some((row) => row.key.startsWith("online-lookupsPerAddress:"))).toBe(true);
    const left = await pruneWindows(db, base + 4 * MINUTE);
    expect(left).toBeGreaterThan(0);
    expect((await stored()).filter((row) => Number(row.expiresAt) <= base + 4 * MINUTE)).toEqual([]);
  });

  it("prune a window at its real end even when no hit comes after it", async () => {
    const window = alignedWindow(Date.now(), 1_000);
    await addToWindow(db, "test-timer:x", window, 1, window.start);
    expect(await readWindow(db, "test-timer:x", window)).toBe(1);
    // The timer fires a second after the end; a busy machine may take a little longer.
    const gone = async () => (await db.rateLimitWindow.count({ where: { key: "test-timer:x" } })) === 0;
    const until = window.expiresAt + 8_000;
    while (!(await gone()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Date.now()).toBeGreaterThanOrEqual(window.expiresAt);
    expect(await gone()).toBe(true);
  });

  it("share the corruption-report throttles and spent challenges, without the address and not past the window", async () => {
    const [one, two] = [addressThrottle({ name: "test", limit: 2 }), addressThrottle({ name: "test", limit: 2, client: other })];
    const reporter = someAddress();
    const at = base + 10 * 60 * MINUTE;
    expect(await two.allowed(reporter, at)).toBe(true);
    await one.count(reporter, at);
    await two.count(reporter, at + 1);
    expect(await one.allowed(reporter, at + 2)).toBe(false);
    expect(await two.allowed(reporter, at + 2)).toBe(false);
    expect(await two.allowed(someAddress(), at + 2)).toBe(true);
    const rows = (await stored()).filter((row) => row.key.startsWith("integrity-test:"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).not.toContain(reporter);
    expect(Number(rows[0]!.expiresAt) - Number(rows[0]!.windowStart)).toBeLessThanOrEqual(60 * MINUTE);
    const nextHour = alignedWindow(at, 60 * MINUTE).expiresAt;
    expect(await one.allowed(reporter, nextHour)).toBe(true);
    await pruneWindows(db, nextHour);
    expect((await stored()).filter((row) => row.key.startsWith("integrity-test:"))).toEqual([]);

    const challenge = `${at.toString(36)}.${"ab".repeat(16)}.signature`;
    expect(await spendChallenge(challenge, at + 5)).toBe(true);
    expect(await spendChallenge(challenge, at + 6, undefined, other)).toBe(false);
    expect(await spendChallenge(challenge, at + 7)).toBe(false);
  });
});

describe.skipIf(onPostgres)("rate limits on SQLite, in the one process's memory", () => {
  it("count in memory and write nothing to the database", async () => {
    const [one, two] = bothProcesses({ name: "test-memory", limit: 2, windowMs: MINUTE });
    const key = someAddress();
    expect([await one(key, base), await one(key, base + 1), await one(key, base + 2)]).toEqual([true, true, false]);
    // A second limiter is a second memory: on SQLite there is no second process to share with.
    expect(await two(key, base + 3)).toBe(true);
    const throttle = addressThrottle({ name: "test", limit: 1 });
    await throttle.count(key, base);
    expect(await throttle.allowed(key, base + 1)).toBe(false);
    expect(await spendChallenge(`${base.toString(36)}.x.y`, base)).toBe(true);
    expect(await spendChallenge(`${base.toString(36)}.x.y`, base + 1)).toBe(false);
    expect(await db.rateLimitWindow.count()).toBe(0);
  });

  it("run the windows' SQL all the same (portable, should SQLite ever need it)", async () => {
    const window = alignedWindow(base, MINUTE);
    expect(await addToWindow(db, "test-sql:x", window, 2, base)).toBe(2);
    expect(await addToWindow(db, "test-sql:x", window, 1, base)).toBe(3);
    expect(await readWindow(db, "test-sql:x", window)).toBe(3);
    expect(await pruneWindows(db, window.expiresAt)).toBe(1);
    expect(await readWindow(db, "test-sql:x", window)).toBe(0);
  });
});
