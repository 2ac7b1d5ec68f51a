import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { fileRepair } from "@/test/support/workflow-fixtures";
import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { figuresAt, periodStatistics } from "./period-statistics";
import { startPrecomputing } from "./precompute";
import { serviceStatistics } from "./service-statistics";

beforeAll(async () => {
  await seedDatabase(db);
  await fileRepair(new Date());
});
afterAll(() => db.$disconnect());

describe("precomputed statistics", () => {
  it("are kept for the current and the last fiscal year once the first run is over, and shared by every reader", async () => {
    await startPrecomputing();
    const year = fiscalYearOf(bangkokDate(new Date()));
    const [periods, statistics] = await Promise.all([periodStatistics(year), serviceStatistics(year)]);
    expect(figuresAt(periods, "all", "year").received).toBe(1);
    expect(statistics.total.received).toBe(1);
    // Kept: the same object again, not a new computation; and the last year is there too.
    expect(await periodStatistics(year)).toBe(periods);
    expect((await periodStatistics(year - 1)).asOf.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
