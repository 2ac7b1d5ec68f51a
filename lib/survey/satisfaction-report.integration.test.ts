import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { catalogueSnapshot, type CatalogueDivision } from "@/lib/services/catalogue";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { makeStaff } from "@/test/support/workflow-fixtures";
import { divisionGroup, figuresOf, serviceGroup } from "./aggregate";
import { surveySummary } from "./load-survey";
import { satisfactionReport } from "./satisfaction-report";

const NOW = new Date("2027-03-15T03:00:00Z");
let divisions: CatalogueDivision[];
let engineering: CatalogueDivision;
let welfare: CatalogueDivision;
let repairId: number;

async function answers(count: number, row: { divisionId: number; serviceId: number; month: string; overall?: number; comment?: string }) {
  await db.surveyResponse.createMany({
    data: Array.from({ length: count }, () => ({ channel: "online", fiscalYear: 2570, process: 4, staff: 5, time: 3, facilities: 4, information: 4, overall: 4, comment: "", ...row })),
  });
}

beforeAll(async () => {
  await seedDatabase(db);
  divisions = [...(await catalogueSnapshot()).divisions.values()];
  engineering = divisions.find((d) => d.code === "ENGINEERING")!;
  welfare = divisions.find((d) => d.code === "WELFARE")!;
  repairId = (await db.service.findUniqueOrThrow({ where: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" } })).id;
  const other = await db.service.findFirstOrThrow({ where: { code: { not: "PUBLIC_INFRASTRUCTURE_REPAIR" } } });
  await answers(5, { divisionId: engineering.id, serviceId: repairId, month: "2027-01", comment: "<b>ไฟสว่างแล้ว</b>" });
  await answers(6, { divisionId: welfare.id, serviceId: other.id, month: "2027-02", overall: 2 });
  // This month's answers wait until the month is over.
  await answers(7, { divisionId: engineering.id, serviceId: repairId, month: "2027-03", overall: 1 });
});
afterAll(() => db.$disconnect());

describe("surveySummary", () => {
  it("4 answers show nothing, 5 show the figures", async () => {
    const before = await surveySummary(2570, NOW);
    expect(figuresOf(before, serviceGroup(engineering.id, repairId))).toMatchObject({ shown: true, count: 5 });
    const fresh = await db.service.findFirstOrThrow({ where: { code: { notIn: ["PUBLIC_INFRASTRUCTURE_REPAIR"] } }, orderBy: { id: "desc" } });
    await answers(4, { divisionId: engineering.id, serviceId: fresh.id, month: "2026-11" });
    const four = await surveySummary(2570, NOW);
    expect(figuresOf(four, serviceGroup(engineering.id, fresh.id))).toEqual({ shown: false, reason: "fewer" });
    await answers(1, { divisionId: engineering.id, serviceId: fresh.id, month: "2026-11" });
    expect(figuresOf(await surveySummary(2570, NOW), serviceGroup(engineering.id, fresh.id))).toMatchObject({ shown: true, count: 5 });
  });

  it("counts only months that have ended", async () => {
    const summary = await surveySummary(2570, NOW);
    expect(figuresOf(summary, serviceGroup(engineering.id, repairId), "2027-03")).toEqual({ shown: false, reason: "none" });
    const april = await surveySummary(2570, new Date("2027-04-01T00:00:00+07:00"));
    expect(figuresOf(april, serviceGroup(engineering.id, repairId), "2027-03")).toMatchObject({ shown: true, count: 7 });
  });
});

describe("satisfactionReport", () => {
  it("an officer or a counter clerk gets no report", async () => {
    for (const role of ["OFFICER", "COUNTER"] as const) {
      const staff = await makeStaff(role, ["ENGINEERING"]);
      expect(await satisfactionReport(staff, divisions, {}, NOW)).toBeNull();
      expect(await satisfactionReport(staff, divisions, { division: "ENGINEERING" }, NOW)).toBeNull();
    }
  });

  it("a head sees only their division, even when another is asked for", async () => {
    const head = await makeStaff("HEAD", ["ENGINEERING"]);
    const report = await satisfactionReport(head, divisions, { year: "2570" }, NOW);
    expect(report?.scope.included.map((d) => d.code)).toEqual(["ENGINEERING"]);
    const groups = new Set(Object.keys(report!.summary.cells).map((key) => key.split("|")[0]!));
    expect([...groups].every((group) => group === divisionGroup(engineering.id) || group.startsWith(`s${engineering.id}:`))).toBe(true);
    expect(report!.summary.services.every((s) => s.divisionId === engineering.id)).toBe(true);
    expect(figuresOf(report!.summary, divisionGroup(welfare.id))).toEqual({ shown: false, reason: "none" });
    expect(figuresOf(report!.summary, "all")).toEqual({ shown: false, reason: "none" });
    expect(report!.comments).toEqual(Array(5).fill("<b>ไฟสว่างแล้ว</b>"));
    expect(await satisfactionReport(head, divisions, { division: "WELFARE" }, NOW)).toBeNull();
    expect(await satisfactionReport(head, divisions, { division: "all" }, NOW)).toBeNull();
  });

  it("an administrator sees the municipality and every division, and a month on its own", async () => {
    const admin = await makeStaff("ADMIN", []);
    const report = await satisfactionReport(admin, divisions, { division: "all", month: "2027-02" }, NOW);
    expect(report?.scope.municipality).toBe(true);
    expect(report?.period).toBe("2027-02");
    expect(figuresOf(report!.summary, divisionGroup(welfare.id), "2027-02")).toMatchObject({ shown: true, count: 6 });
    expect(figuresOf(report!.summary, "all")).toMatchObject({ shown: true });
    expect(report!.comments).toEqual([]);
    expect((await satisfactionReport(admin, divisions, { month: "2020-01" }, NOW))?.period).toBe("year");
  });
});
