import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { transferRequest } from "@/lib/requests/workflow/transfer-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { chooseReportScope } from "./choose-report";
import { divisionReport, divisionsReport, reportYears } from "./division-report";
import type { ReportFigures } from "./summarise";

// Street-light repairs filed Friday 4 December 2026 (fiscal year 2570) at Engineering; some
// transferred to Welfare and to the Palad office, then decided there on different days.
let divisions: { id: number; code: string; nameTh: string; nameEn: string }[];
const id = (code: string) => divisions.find((d) => d.code === code)!.id;
beforeAll(async () => {
  await seedDatabase(db);
  divisions = await db.division.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { id: "asc" } });
  const officer = await makeStaff("ADMIN", []);
  const filed = [];
  for (let i = 0; i < 7; i++) filed.push(await fileRepair());
  await fileRepair(at("2026-09-15")); // fiscal year 2569
  const [e1, e2, w1, w2, w3, p1] = filed;
  await acceptRequest({ staff: officer, reference: e1!.reference, now: at("2026-12-04") });
  await completeRequest({ staff: officer, reference: e1!.reference, result: "ซ่อมแล้ว", now: at("2026-12-09") });
  await rejectRequest({ staff: officer, reference: e2!.reference, reason: "ไม่อยู่ในเขตเทศบาล", now: at("2026-12-08") });
  for (const request of [w1, w2, w3]) await transferRequest({ staff: officer, reference: request!.reference, toDivisionCode: "WELFARE", reason: "เป็นเรื่องสวัสดิการ", now: at("2026-12-04", "11:00") });
  await acceptRequest({ staff: officer, reference: w1!.reference, now: at("2026-12-08") });
  await completeRequest({ staff: officer, reference: w1!.reference, result: "ช่วยเหลือแล้ว", now: at("2026-12-22") }); // late
  await transferRequest({ staff: officer, reference: p1!.reference, toDivisionCode: "PALAD", reason: "งานธุรการ", now: at("2026-12-04", "11:00") });
});
afterAll(() => db.$disconnect());

const counted = ["received", "open", "waiting", "done", "rejected", "overdueNow", "closedOnTime"] as const;
const sumOf = (figures: ReportFigures[]) => Object.fromEntries(counted.map((key) => [key, figures.reduce((n, f) => n + f[key], 0)]));
const today = at("2026-12-28");

describe("the total across divisions", () => {
  it("is, for an administrator, the municipality's: the sum of every division's report", async () => {
    const admin = await makeStaff("ADMIN", []);
    const scope = chooseReportScope(admin, divisions, { division: "all", year: 2570 }, today)!;
    expect(scope).toMatchObject({ combined: true, municipality: true });
    const total = await divisionsReport(scope.included.map((d) => d.id), 2570, today);
    const each = await Promise.all(divisions.map((d) => divisionReport(d.id, 2570, today)));
    expect(sumOf([total.total])).toEqual(sumOf(each.map((report) => report.total)));
    expect(total.total).toMatchObject({ received: 7, done: 2, rejected: 1, closedOnTime: 2 });
    // Each division's line is that division's own report.
    expect(total.divisions.map((line) => line.figures)).toEqual(each.map((report) => report.total));
    expect(total.channels).toEqual({ kiosk: 0, counter: 7, online: 0, open311: 0 });
  });

  it("takes the median over every result, not the divisions' medians", async () => {
    const total = await divisionsReport([id("ENGINEERING"), id("WELFARE")], 2570, today);
    // Working days to result: rejected Tue 8 -> 1, completed Wed 9 -> 2 (Mon 7 is a holiday), Welfare's Tue 22 -> 10.
    expect(total.total.medianWorkingDays).toBe(2);
  });

  it("is, for a head of two divisions, the sum of those two and nothing of a third", async () => {
    const head = await makeStaff("HEAD", ["ENGINEERING", "WELFARE"]);
    const scope = chooseReportScope(head, divisions, { division: "all", year: 2570 }, today)!;
    expect(scope.included.map((d) => d.code)).toEqual(["ENGINEERING", "WELFARE"]);
    const total = await divisionsReport(scope.included.map((d) => d.id), 2570, today);
    const [engineering, welfare] = await Promise.all([divisionReport(id("ENGINEERING"), 2570, today), divisionReport(id("WELFARE"), 2570, today)]);
    expect(sumOf([total.total])).toEqual(sumOf([engineering!.total, welfare!.total]));
    expect(total.total.received).toBe(6); // the Palad office's one is not theirs
    expect(chooseReportScope(head, divisions, { division: "PALAD" }, today)).toBeNull();
  });

  it("lists the years any of the divisions has requests in", async () => {
    expect(await reportYears([id("ENGINEERING"), id("WELFARE")], today)).toEqual([2570, 2569]);
  });
});
