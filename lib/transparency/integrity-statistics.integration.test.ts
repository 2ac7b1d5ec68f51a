import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at } from "@/test/support/workflow-fixtures";
import { expireReports } from "@/lib/integrity/lifecycle";
import { computeIntegrityStatistics } from "./integrity-statistics";
import { openDataFile } from "./open-data-file";

/**
 * Reports written straight into the table: the statistics read only the columns kept in
 * the clear (when, state, outcome) and the access log, never the encrypted boxes.
 */
async function report(createdAt: Date, status: string, outcome: string | null, responses: [string, Date][] = []) {
  const id = randomBytes(16).toString("hex");
  await db.integrityReport.create({
    data: { id, contentBox: randomBytes(40), receiptLookup: randomBytes(16).toString("hex"), receiptKeyBox: randomBytes(40), status, outcome, createdAt, closedAt: outcome ? createdAt : null },
  });
  for (const [action, at] of responses) await db.integrityAccessLog.create({ data: { reportId: id, actor: "recipient", recipientId: 1, action, at } });
  // Opening is not a response.
  await db.integrityAccessLog.create({ data: { reportId: id, actor: "recipient", recipientId: 1, action: "recipient_opened", at: createdAt } });
}

beforeAll(async () => {
  await seedDatabase(db);
  // 00:30 on 1 October in Ko (30 September in UTC): fiscal 2570, quarter 1. First response
  // Monday 5 October: 2 working days (2, 5). Closed, substantiated.
  await report(at("2026-10-01", "00:30"), "closed", "substantiated", [["state_changed", at("2026-10-05")], ["recipient_asked", at("2026-10-06")]]);
  await report(at("2026-09-30", "23:30"), "closed", "withdrawn"); // fiscal 2569
  await report(at("2027-01-04"), "in_review", null, [["recipient_asked", at("2027-01-06")]]); // quarter 2: 2 working days (5, 6)
  await report(at("2027-04-01"), "new", null); // quarter 3, second half
  for (let i = 0; i < 3; i++) await report(at("2026-11-02"), "closed", "unsubstantiated");
});
afterAll(() => db.$disconnect());

describe("corruption-report statistics", () => {
  it("count received, completed and in progress per year, half-year and quarter", async () => {
    const s = await computeIntegrityStatistics(2570, at("2027-05-01"));
    expect(s.periods.get("year")).toEqual({ received: 6, completed: 4, inProgress: 2, responded: 2, medianDaysToResponse: 2 });
    expect(s.periods.get("H1")).toMatchObject({ received: 5, completed: 4, inProgress: 1 });
    expect(s.periods.get("H2")).toMatchObject({ received: 1, completed: 0, inProgress: 1, medianDaysToResponse: null });
    expect(["Q1", "Q2", "Q3", "Q4"].map((q) => s.periods.get(q)!.received)).toEqual([4, 1, 1, 0]);
    expect((await computeIntegrityStatistics(2569, at("2027-05-01"))).periods.get("year")!.received).toBe(1);
  });

  it("hide outcomes of fewer than 3 reports, and the one that would give them away", async () => {
    const s = await computeIntegrityStatistics(2570, at("2027-05-01"));
    // 1 substantiated is hidden; 4 completed minus 3 unsubstantiated would show it, so the 3 are hidden too.
    expect(s.outcomes).toEqual({ substantiated: { shown: false }, unsubstantiated: { shown: false }, referred_elsewhere: { shown: true, count: 0 }, withdrawn: { shown: true, count: 0 } });
  });

  it("still count reports destroyed at the end of their retention, from the tally kept for them", async () => {
    const before = await computeIntegrityStatistics(2570, at("2027-05-01"));
    await db.integrityReport.updateMany({ where: { status: "closed" }, data: { expiresAt: at("2027-04-30") } });
    expect(await expireReports(at("2027-05-01"))).toBe(5); // the 4 of 2570 and the one of 2569
    expect(await db.integrityReport.count()).toBe(2);
    const after = await computeIntegrityStatistics(2570, at("2027-05-02"));
    expect(after.periods).toEqual(before.periods);
    expect(after.outcomes).toEqual(before.outcomes);
    expect((await computeIntegrityStatistics(2569, at("2027-05-02"))).periods.get("year")!.received).toBe(1);
    // The tally holds counts per month, outcome and days, and nothing else.
    expect(await db.integrityStatisticsTally.findMany({ orderBy: [{ month: "asc" }, { outcome: "asc" }] })).toEqual([
      { month: "2026-09", outcome: "withdrawn", firstResponseDays: -1, count: 1 },
      { month: "2026-10", outcome: "substantiated", firstResponseDays: 2, count: 1 },
      { month: "2026-11", outcome: "unsubstantiated", firstResponseDays: -1, count: 3 },
    ]);
  });

  it("are the same in the open data", async () => {
    const json = JSON.parse((await openDataFile("integrity-statistics-2570.json"))!.body);
    expect(json.rows.find((r: Record<string, unknown>) => r.period === "year")).toMatchObject({ received: 6, completed: 4, in_progress: 2, outcome_substantiated: "suppressed", outcome_withdrawn: 0 });
    expect(json.rows.find((r: Record<string, unknown>) => r.period === "H1")).toMatchObject({ received: 5, outcome_substantiated: null });
    const csv = (await openDataFile("integrity-statistics-2570.csv"))!.body.slice(1).trim().split("\r\n");
    expect(csv[0]!.split(",").slice(0, 5)).toEqual(["fiscal_year", "period", "received", "completed", "in_progress"]);
    expect(csv[1]).toMatch(/^2570,year,6,4,2,2,2,suppressed,suppressed,0,0$/);
  });
});
