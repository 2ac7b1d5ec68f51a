import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "./workflow/accept-request";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { startScheduler } from "@/server/scheduler";

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
});
