import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "./workflow/accept-request";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { startScheduler } from "@/server/scheduler";
import { onPostgres } from "@/test/support/engine";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

describe("the server scheduler (server/scheduler.ts)", () => {
  it("records the overdue notices at start, and again on its interval", async () => {
    const { reference } = await fileRepair();
    await acceptRequest({ staff: await makeStaff("OFFICER", ["ENGINEERING"]), reference, now: at("2026-12-04") });
    let today = at("2026-12-24");
    const scheduler = startScheduler({ intervalMs: 50, now: () => today });
    await scheduler.idle();
    const count = () => db.requestEvent.count({ where: { request: { reference }, type: "overdue_notice" } });
    expect(await count()).toBe(1);

    today = at("2026-12-31");
    await expect.poll(count, { timeout: 5000 }).toBe(2);
    scheduler.stop();
    await scheduler.idle();
  });

  it(onPostgres ? "runs the jobs in one of two server processes, the other taking over when it stops" : "runs the jobs in every scheduler on SQLite (one process per database file)", async () => {
    // Each job reads the clock when it runs: counting the reads counts the runs (every 50 ms,
    // so a timer that forgot to ask for the lock would run them in the second too).
    const runs = { first: 0, second: 0 };
    const first = startScheduler({ intervalMs: 50, leaderRetryMs: 200, now: () => (runs.first++, new Date()) });
    await first.idle();
    const second = startScheduler({ intervalMs: 50, leaderRetryMs: 200, now: () => (runs.second++, new Date()) });
    try {
      await second.idle();
      expect(runs.first).toBeGreaterThan(0);
      if (!onPostgres) {
        expect(runs.second).toBeGreaterThan(0);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(runs.second).toBe(0);
      first.stop();
      await first.idle();
      // The lock is free: the second takes it at its next try and runs every job at once.
      await expect.poll(() => runs.second, { timeout: 2_000, interval: 20 }).toBeGreaterThan(0);
    } finally {
      first.stop();
      second.stop();
      await first.idle();
      await second.idle();
    }
  });
});
