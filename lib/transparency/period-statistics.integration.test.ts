import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileRequest } from "@/lib/requests/file-request";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { recordDefects } from "@/lib/requests/workflow/record-defects";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { resumeRequest } from "@/lib/requests/workflow/resume-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { openDataFile } from "./open-data-file";
import { computePeriodStatistics, figuresAt } from "./period-statistics";
import { computeServiceStatisticsForTest } from "./service-statistics";

// Street-light repairs (Engineering, 7 working days), around the start of fiscal year 2570
// on 1 October 2026. Seeded holidays: Tuesday 13 October, Thursday 31 December 2026.
const NOW = at("2027-01-05");
let repairKey = "";

beforeAll(async () => {
  await seedDatabase(db);
  const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  await fileRepair(at("2026-09-30")); // A: fiscal year 2569
  // B: Thursday 1 October; due Monday 12 October (2, 5, 6, 7, 8, 9, 12); done Friday 9: on time after 6 working days.
  const b = await fileRepair(at("2026-10-01"));
  // C: 00:30 on 1 October in Ko is still 30 September in UTC: fiscal 2570 all the same.
  // Due Monday 12; done Wednesday 14: late, after 8 working days (13 October is a holiday).
  const c = await fileRepair(at("2026-10-01", "00:30"));
  // D: Friday 2 October, due Wednesday 14; waiting for the applicant from Friday 2 to
  // Thursday 8 (5, 6, 7, 8: 4 working days) moves the due date to Tuesday 20. Done Monday 19:
  // after the first due date but on time; 10 working days less the 4 paused: 6.
  const d = await fileRepair(at("2026-10-02"));
  // G: Monday 5 October, refused Tuesday 6: on time after 1 working day.
  const g = await fileRepair(at("2026-10-05"));
  await fileRepair(at("2026-12-31")); // E: still new (quarter 1, December)
  // F: online on Monday 4 January 2027: quarter 2.
  await fileRequest({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "online",
    applicant: { ...koResident, phone: "0812345678" },
    identity: { source: "typed", detail: "typed online" },
    answers: { problemType: "road", location: "ซอย 2 หมู่ 5" },
    idempotencyKey: null,
    actor: { type: "public", label: "online" },
    now: at("2027-01-04"),
  });
  for (const r of [b, c]) await acceptRequest({ staff: officer, reference: r.reference, now: at("2026-10-05") });
  await acceptRequest({ staff: officer, reference: d.reference, now: at("2026-10-02", "11:00") });
  await completeRequest({ staff: officer, reference: b.reference, result: "ซ่อมแล้ว", now: at("2026-10-09") });
  await completeRequest({ staff: officer, reference: c.reference, result: "ซ่อมแล้ว", now: at("2026-10-14") });
  await recordDefects({ staff: officer, reference: d.reference, defects: ["รูปถ่ายจุดที่ชำรุด"], now: at("2026-10-02", "14:00") });
  await resumeRequest({ staff: officer, reference: d.reference, now: at("2026-10-08") });
  await completeRequest({ staff: officer, reference: d.reference, result: "ซ่อมแล้ว", now: at("2026-10-19") });
  await rejectRequest({ staff: officer, reference: g.reference, reason: "ไม่อยู่ในเขตเทศบาล", now: at("2026-10-06") });
  const service = await db.service.findUniqueOrThrow({ where: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" } });
  repairKey = `s${service.id}`;
});
afterAll(() => db.$disconnect());

describe("service statistics per quarter and month", () => {
  it("count each request in the month and quarter it was received, from 1 October", async () => {
    const s = await computePeriodStatistics(2570, NOW);
    const year = figuresAt(s, "all", "year");
    expect(year).toMatchObject({ received: 6, completed: 3, rejected: 1, onTime: 3, openNow: 2 });
    expect(year.byChannel).toEqual({ kiosk: 0, counter: 5, online: 1, open311: 0 });
    // Working days to result: G 1, B 6, D 6, C 8.
    expect(year.medianWorkingDays).toBe(6);
    expect(figuresAt(s, "all", "Q1")).toMatchObject({ received: 5, completed: 3, rejected: 1, onTime: 3, openNow: 1, medianWorkingDays: 6 });
    expect(figuresAt(s, "all", "Q2")).toMatchObject({ received: 1, openNow: 1, medianWorkingDays: null, byChannel: { kiosk: 0, counter: 0, online: 1, open311: 0 } });
    expect([figuresAt(s, "all", "2026-10").received, figuresAt(s, "all", "2026-11").received, figuresAt(s, "all", "2026-12").received, figuresAt(s, "all", "2027-01").received]).toEqual([4, 0, 1, 1]);
    expect(figuresAt(s, repairKey, "2026-10")).toMatchObject({ received: 4, onTime: 3 });
    // The day before the fiscal year belongs to 2569.
    expect(figuresAt(await computePeriodStatistics(2569, NOW), "all", "year").received).toBe(1);
  });

  it("add up to the year's figures on /statistics", async () => {
    const year = await computeServiceStatisticsForTest(2570, NOW);
    const s = await computePeriodStatistics(2570, NOW);
    const y = figuresAt(s, "all", "year");
    expect([y.received, y.completed, y.rejected, y.onTime, y.medianWorkingDays, y.openNow]).toEqual([
      year.total.received, year.total.done, year.total.rejected, year.total.closedOnTime, year.total.medianWorkingDays, year.total.open + year.total.waiting,
    ]);
  });

  it("are the same in the open data, CSV and JSON", async () => {
    const json = JSON.parse((await openDataFile("service-statistics-monthly-2570.json"))!.body);
    expect(json.licence).toMatch(/Creative Commons/);
    expect(json.dictionary.map((d: { column: string }) => d.column)).toContain("closed_on_time");
    expect(json.rows.find((r: Record<string, unknown>) => r.level === "municipality" && r.period === "Q1")).toMatchObject({ received: 5, received_counter: 5, completed: 3, rejected: 1, closed_on_time: 3, median_working_days: 6, open_now: 1 });
    const csv = (await openDataFile("service-statistics-monthly-2570.csv"))!.body;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n").map((line) => line.split(","));
    const header = lines[0]!;
    const q1 = Object.fromEntries(lines.find((l) => l[1] === "Q1" && l[2] === "municipality")!.map((v, i) => [header[i], v]));
    expect(q1).toMatchObject({ received: "5", completed: "3", closed_on_time: "3", median_working_days: "6", open_now: "1" });
    const usage = JSON.parse((await openDataFile("e-service-usage-2570.json"))!.body);
    expect(usage.rows.find((r: Record<string, unknown>) => r.level === "municipality" && r.month === "2027-01")).toMatchObject({ online: 1, counter: 0, total: 1 });
    expect(usage.rows.find((r: Record<string, unknown>) => r.service_code === "PUBLIC_INFRASTRUCTURE_REPAIR" && r.month === "2026-10")).toMatchObject({ counter: 4, online: 0, total: 4 });
  });
});
