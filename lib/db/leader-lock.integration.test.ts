import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { onPostgres } from "@/test/support/engine";
import { db, postgresConnectionUrl } from "./client";
import { holdLeaderLock, type LeaderLock } from "./leader-lock";

afterAll(() => db.$disconnect());

const RETRY_MS = 200;
// A lock id of this test's own (each test file has its own database, and so its own locks).
const TEST_LOCK = 9_001;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls on the real clock until `check` holds, for at most `ms`. */
async function within(ms: number, check: () => boolean | Promise<boolean>): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await pause(20);
  }
}

const opened: LeaderLock[] = [];
function contender() {
  const state = { becameLeader: 0 };
  const lock = holdLeaderLock({ url: postgresConnectionUrl()!, lockId: TEST_LOCK, retryMs: RETRY_MS, onLeader: () => state.becameLeader++ });
  opened.push(lock);
  return Object.assign(state, { lock });
}
afterEach(async () => {
  for (const lock of opened.splice(0)) await lock.close();
});

describe("the scheduler's engine", () => {
  it("is SQLite's one process, or PostgreSQL's shared database", () => {
    // On SQLite the scheduler never asks for a lock (lib/db/leader-lock.ts's soleProcess).
    expect(postgresConnectionUrl() === null).toBe(!onPostgres);
  });
});

describe.runIf(onPostgres)("the leader lock on PostgreSQL (on SQLite one process is always the leader)", () => {
  it("makes one of two holders the leader, and keeps it so", async () => {
    const first = contender();
    await first.lock.settled();
    const second = contender();
    await second.lock.settled();
    expect([first.lock.isLeader(), second.lock.isLeader()]).toEqual([true, false]);
    // Several retries later: still one, the same one (the heartbeat does not retake the lock).
    await pause(RETRY_MS * 4);
    expect([first.lock.isLeader(), second.lock.isLeader()]).toEqual([true, false]);
    expect([first.becameLeader, second.becameLeader]).toEqual([1, 0]);
    const [held] = await db.$queryRaw<{ holders: bigint }[]>`
      SELECT count(*) AS "holders" FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = ${TEST_LOCK}`;
    expect(Number(held!.holders)).toBe(1);
  });

  it("hands over within the retry interval when the leader closes", async () => {
    const first = contender();
    await first.lock.settled();
    const second = contender();
    await second.lock.settled();
    expect(second.lock.isLeader()).toBe(false);
    await first.lock.close();
    expect(first.lock.isLeader()).toBe(false);
    await within(RETRY_MS * 2 + 500, () => second.lock.isLeader());
    expect(second.becameLeader).toBe(1);
  });

  it("hands over when the leader's session dies, and the old leader knows it is no longer", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const first = contender();
      await first.lock.settled();
      const second = contender();
      await second.lock.settled();
      // What a crashed process or a cut connection leaves behind: the server ends the session.
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objid = ${TEST_LOCK}
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      await within(RETRY_MS * 2 + 500, () => !first.lock.isLeader());
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[ko\] scheduler lock lost \(.+\)/));
      // A leader again within the interval: the second, or the first on its new session
      // (both try; either is right), and never both.
      await within(RETRY_MS * 2 + 500, () => first.becameLeader + second.becameLeader === 2);
      await pause(RETRY_MS * 3);
      expect(Number(first.lock.isLeader()) + Number(second.lock.isLeader())).toBe(1);
      expect(first.becameLeader + second.becameLeader).toBe(2);
    } finally {
      error.mockRestore();
    }
  });
});
