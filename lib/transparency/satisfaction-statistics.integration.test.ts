import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at } from "@/test/support/workflow-fixtures";
import { openDataFile } from "./open-data-file";
import { computeSatisfactionStatistics } from "./satisfaction-statistics";

// October 2026 (fiscal 2570): 6 answers all 5 for the repair service, 4 answers all 3 for
// another Engineering service. The 4 are too few; the 6 would give them away (the division's
// 10 minus 6), so only the division and the municipality are shown: 10 answers, mean 4.2.
beforeAll(async () => {
  await seedDatabase(db);
  const engineering = await db.division.findUniqueOrThrow({ where: { code: "ENGINEERING" } });
  const [repair, other] = await db.service.findMany({ where: { divisionId: engineering.id }, orderBy: { code: "asc" }, take: 2 });
  const row = (serviceId: number, rating: number) => ({ serviceId, divisionId: engineering.id, channel: "online", month: "2026-10", fiscalYear: 2570, process: rating, staff: rating, time: rating, facilities: rating, information: rating, overall: rating });
  await db.surveyResponse.createMany({ data: [...Array.from({ length: 6 }, () => row(repair!.id, 5)), ...Array.from({ length: 4 }, () => row(other!.id, 3))] });
});
afterAll(() => db.$disconnect());

describe("satisfaction statistics", () => {
  it("show counts, means and distribution only where 5 or more answers stand behind them", async () => {
    const s = await computeSatisfactionStatistics(2570, at("2026-11-15"));
    const [all, division, ...services] = s.groups;
    expect(all).toMatchObject({ level: "municipality", figures: { shown: true, count: 10, means: { overall: 4.2 } } });
    expect(all!.figures.shown && all!.figures.distribution.overall).toEqual([0, 0, 4, 0, 6]);
    expect(division).toMatchObject({ level: "division", divisionCode: "ENGINEERING", figures: { shown: true, count: 10 } });
    expect(services.map((g) => g.figures)).toEqual(expect.arrayContaining([{ shown: false, reason: "fewer" }, { shown: false, reason: "protects" }]));
    // October's answers are not counted before October has ended.
    expect((await computeSatisfactionStatistics(2570, at("2026-10-31"))).groups).toEqual([]);
  });

  it("are the same in the open data, with hidden groups marked", async () => {
    const json = JSON.parse((await openDataFile("satisfaction-2570.json"))!.body);
    const overall = json.rows.filter((r: Record<string, unknown>) => r.level === "municipality");
    expect(overall).toHaveLength(6);
    expect(overall.find((r: Record<string, unknown>) => r.dimension === "overall")).toMatchObject({ responses: 10, mean: 4.2, rating_3: 4, rating_5: 6 });
    expect(json.rows.filter((r: Record<string, unknown>) => r.level === "service").map((r: Record<string, unknown>) => r.responses)).toEqual(["suppressed", "suppressed"]);
  });
});
