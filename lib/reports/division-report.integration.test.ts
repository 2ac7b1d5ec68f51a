import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { recordDefects } from "@/lib/requests/workflow/record-defects";
import { resumeRequest } from "@/lib/requests/workflow/resume-request";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { transferRequest } from "@/lib/requests/workflow/transfer-request";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { divisionReport, reportYears } from "./division-report";
import th from "@/messages/reports.th.json";
import { reportCsv, type CsvColumn } from "./report-csv";

// Street-light repairs (Engineering, 7 working days) filed Friday 4 December 2026, due
// Thursday 17 December; fiscal year 2570. One more filed in September 2026 (fiscal 2569).
// Seeded holidays: Monday 7 and Thursday 10 December.
let officer: StaffPrincipal;
let engineering: number;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING", "WELFARE"]);
  engineering = (await db.division.findUniqueOrThrow({ where: { code: "ENGINEERING" } })).id;
  const [onTime, late, rejected, transferred, paused, waiting] = await Promise.all([fileRepair(), fileRepair(), fileRepair(), fileRepair(), fileRepair(), fileRepair()]);
  await fileRepair(at("2026-12-04")); // stays new: overdue by 21 December
  await fileRepair(at("2026-09-15")); // last fiscal year
  for (const { reference } of [onTime!, late!, paused!, waiting!]) await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
  // Waiting Tue 8, Wed 9 and Fri 11: due moves from Thursday 17 to Tuesday 22; decided Monday 21, on time.
  await recordDefects({ staff: officer, reference: paused!.reference, defects: ["รูปถ่ายจุดที่ชำรุด"], now: at("2026-12-04", "14:00") });
  await resumeRequest({ staff: officer, reference: paused!.reference, now: at("2026-12-11") });
  await completeRequest({ staff: officer, reference: paused!.reference, result: "ซ่อมแล้ว", now: at("2026-12-21") });
  await recordDefects({ staff: officer, reference: waiting!.reference, defects: ["รูปถ่ายจุดที่ชำรุด"], now: at("2026-12-14") });
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
    // The late one is the only result after its due date; the paused one is on time against its moved date.
    expect(report.total).toMatchObject({ received: 6, open: 1, waiting: 1, done: 3, rejected: 1, overdueNow: 1, closedOnTime: 3 });
    // Working days to result: rejected 1, on time 6, paused 9 - 3 = 6, late 8.
    expect(report.total.medianWorkingDays).toBe(6);
    expect(report.services.map((line) => line.code)).toEqual(["PUBLIC_INFRASTRUCTURE_REPAIR"]);
    expect(report.channels).toEqual({ kiosk: 0, counter: 6, online: 0, open311: 0 });
  });

  it("counts a transferred request at the division it went to, not the one it left", async () => {
    const welfare = (await db.division.findUniqueOrThrow({ where: { code: "WELFARE" } })).id;
    expect((await divisionReport(welfare, 2570, at("2026-12-21"))).total.received).toBe(1);
    expect((await divisionReport(engineering, 2570, at("2026-12-21"))).total.received).toBe(6); // 7 filed, 1 transferred out
  });

  it("keeps other fiscal years apart and lists the years there is data for", async () => {
    expect((await divisionReport(engineering, 2569, at("2026-12-21"))).total.received).toBe(1);
    expect(await reportYears(engineering, at("2026-12-21"))).toEqual([2570, 2569]);
  });

  it("exports the same figures as CSV, headed with the page's texts, with no applicant in it", async () => {
    const texts = { heading: (column: CsvColumn) => th.columns[column], total: th.total };
    const csv = reportCsv(await divisionReport(engineering, 2570, at("2026-12-21")), "th", texts);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("รหัสบริการ,บริการ,รับคำขอ,อยู่ระหว่างดำเนินการ,รอเอกสารจากผู้ยื่น,แล้วเสร็จ,ไม่อนุมัติ / ยุติเรื่อง,เกินกำหนดขณะนี้,แจ้งผลภายในกำหนด (เรื่อง),แจ้งผลภายในกำหนด (ร้อยละ),ค่ามัธยฐาน (วันทำการ)");
    expect(lines.at(-1)).toBe(",รวม,6,1,1,3,1,1,3,75,6");
    expect(csv).not.toMatch(/สมชาย|Somchai|1101700207030/);
  });
});
