import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { transferRequest } from "@/lib/requests/workflow/transfer-request";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { divisionReport, reportYears } from "./division-report";
import { reportCsv } from "./report-csv";

// Street-light repairs (Engineering, 7 working days) filed Friday 4 December 2026, due
// Thursday 17 December; fiscal year 2570. One more filed in September 2026 (fiscal 2569).
let officer: StaffPrincipal;
let engineering: number;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING", "WELFARE"]);
  engineering = (await db.division.findUniqueOrThrow({ where: { code: "ENGINEERING" } })).id;
  const [onTime, late, rejected, transferred] = await Promise.all([fileRepair(), fileRepair(), fileRepair(), fileRepair()]);
  await fileRepair(at("2026-12-04")); // stays new: overdue by 21 December
  await fileRepair(at("2026-09-15")); // last fiscal year
  for (const { reference } of [onTime!, late!]) await acceptRequest({ staff: officer, reference, now: at("2026-12-07") });
  await completeRequest({ staff: officer, reference: onTime!.reference, result: "ซ่อมแล้ว", now: at("2026-12-16") });
  await completeRequest({ staff: officer, reference: late!.reference, result: "ซ่อมแล้ว", now: at("2026-12-18") });
  await rejectRequest({ staff: officer, reference: rejected!.reference, reason: "ไม่อยู่ในเขตเทศบาล", now: at("2026-12-08") });
  await transferRequest({ staff: officer, reference: transferred!.reference, toDivisionCode: "WELFARE", reason: "เป็นเรื่องสวัสดิการ", now: at("2026-12-05") });
});
afterAll(() => db.$disconnect());

describe("a division's report", () => {
  it("counts the fiscal year's requests by where they stand, with results against the due date", async () => {
    const report = await divisionReport(engineering, 2570, at("2026-12-21"));
    expect(report.period).toEqual({ start: "2026-10-01", end: "2027-09-30" });
    expect(report.total).toMatchObject({ received: 4, open: 1, waiting: 0, done: 2, rejected: 1, overdueNow: 1, closedOnTime: 2 });
    expect(report.services.map((line) => line.code)).toEqual(["PUBLIC_INFRASTRUCTURE_REPAIR"]);
    expect(report.channels).toEqual({ kiosk: 0, counter: 4, online: 0 });
  });

  it("counts a transferred request at the division it went to", async () => {
    const welfare = (await db.division.findUniqueOrThrow({ where: { code: "WELFARE" } })).id;
    expect((await divisionReport(welfare, 2570, at("2026-12-21"))).total.received).toBe(1);
  });

  it("keeps other fiscal years apart and lists the years there is data for", async () => {
    expect((await divisionReport(engineering, 2569, at("2026-12-21"))).total.received).toBe(1);
    expect(await reportYears(engineering, at("2026-12-21"))).toEqual([2570, 2569]);
  });

  it("exports the same figures as CSV, with no applicant in it", async () => {
    const csv = reportCsv(await divisionReport(engineering, 2570, at("2026-12-21")), "th");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toContain("รับคำขอ");
    expect(lines.at(-1)).toBe(",รวม,4,1,0,2,1,1,2,67,6");
    expect(csv).not.toMatch(/สมชาย|Somchai|1101700207030/);
  });
});
