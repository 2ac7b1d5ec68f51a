import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getTracking } from "@/lib/requests/get-tracking";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { recordOverdueNotices } from "../overdue-notices";
import { acceptRequest } from "./accept-request";
import { getRequestDetail } from "./get-request-detail";
import { recordDefects } from "./record-defects";
import { rejectRequest } from "./reject-request";
import { resumeRequest } from "./resume-request";
import { at, fileRepair, makeStaff, requestRow } from "@/test/support/workflow-fixtures";
import { transferRequest } from "./transfer-request";

// Filed Friday 4 December 2026 (7 working days: due Thursday 17 December). The seeded
// holidays matter: Monday 7 and Thursday 10 December, Thursday 31 December, Friday 1 January.
let officer: StaffPrincipal;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING", "WELFARE"]);
});
afterAll(() => db.$disconnect());

const clockOn = async (reference: string, date: string) => (await getRequestDetail({ staff: officer, reference, now: at(date) }))!.clock;

describe("the pause for missing documents", () => {
  it("moves the due date later by the working days spent waiting, holidays excluded", async () => {
    const { reference, dueDate, trackingToken } = await fileRepair();
    expect(dueDate).toBe("2026-12-17");
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    await recordDefects({ staff: officer, reference, defects: ["รูปถ่ายจุดที่ชำรุด"], now: at("2026-12-04", "14:00") });
    expect(await requestRow(reference)).toMatchObject({ status: "waiting_applicant", pausedSince: "2026-12-04", dueDate: "2026-12-17" });

    // Waiting: never overdue, and the due date shown moves with every working day waited.
    expect(await clockOn(reference, "2026-12-09")).toMatchObject({ paused: true, overdue: false, dueDate: "2026-12-21" });
    expect(await clockOn(reference, "2027-01-20")).toMatchObject({ paused: true, overdue: false, daysOverdue: 0 });
    expect((await getTracking(trackingToken, at("2026-12-09")))!.dueDate).toBe("2026-12-21");

    // Back on Friday 11 December: Tue 8, Wed 9 and Fri 11 were waited (Mon 7 and Thu 10 are holidays).
    await resumeRequest({ staff: officer, reference, now: at("2026-12-11") });
    const row = await requestRow(reference);
    expect(row).toMatchObject({ status: "in_progress", dueDate: "2026-12-22", pausedDays: 3, pausedSince: null });
    expect(JSON.parse(row.events.at(-1)!.detail)).toEqual({ waitedWorkingDays: 3, dueDate: "2026-12-22", previousDueDate: "2026-12-17" });
    expect(await clockOn(reference, "2026-12-22")).toMatchObject({ paused: false, overdue: false, workingDaysLeft: 0 });
    expect(await clockOn(reference, "2026-12-23")).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it("counts nothing for a pause ended the same day, and ends the pause on a transfer or a rejection", async () => {
    const same = (await fileRepair()).reference;
    await recordDefects({ staff: officer, reference: same, defects: ["แผนที่"], now: at("2026-12-04", "11:00") });
    await resumeRequest({ staff: officer, reference: same, now: at("2026-12-04", "15:00") });
    expect(await requestRow(same)).toMatchObject({ dueDate: "2026-12-17", pausedDays: 0 });

    const moved = (await fileRepair()).reference;
    await recordDefects({ staff: officer, reference: moved, defects: ["แผนที่"], now: at("2026-12-04") });
    await transferRequest({ staff: officer, reference: moved, toDivisionCode: "WELFARE", reason: "ส่งต่อ", now: at("2026-12-08") });
    expect(await requestRow(moved)).toMatchObject({ status: "new", dueDate: "2026-12-18", pausedDays: 1, pausedSince: null });

    const closed = (await fileRepair()).reference;
    await recordDefects({ staff: officer, reference: closed, defects: ["แผนที่"], now: at("2026-12-04") });
    await rejectRequest({ staff: officer, reference: closed, reason: "ไม่มาติดต่อ", now: at("2026-12-09") });
    expect(await requestRow(closed)).toMatchObject({ status: "rejected", dueDate: "2026-12-21", pausedDays: 2, pausedSince: null });
  });
});

describe("overdue flags", () => {
  it("flag an open request after its due date, in calendar days, and never a closed one", async () => {
    const { reference } = await fileRepair();
    expect(await clockOn(reference, "2026-12-11")).toMatchObject({ overdue: false, workingDaysLeft: 4 });
    expect(await clockOn(reference, "2026-12-17")).toMatchObject({ overdue: false, workingDaysLeft: 0 });
    expect(await clockOn(reference, "2026-12-18")).toMatchObject({ overdue: true, daysOverdue: 1 });
    await acceptRequest({ staff: officer, reference, now: at("2026-12-18") });
    expect(await clockOn(reference, "2026-12-21")).toMatchObject({ overdue: true, daysOverdue: 4 });
    await rejectRequest({ staff: officer, reference, reason: "ซ้ำกับคำขอเดิม", now: at("2026-12-21") });
    expect(await clockOn(reference, "2026-12-28")).toMatchObject({ overdue: false, daysOverdue: 0 });
  });
});

describe("recordOverdueNotices (every 7 days overdue)", () => {
  const noticesOf = async (reference: string) => (await requestRow(reference)).events.filter((e) => e.type === "overdue_notice");

  it("records none before 7 days, one at 7, two at 14, and nothing more when run again", async () => {
    const { reference, trackingToken } = await fileRepair();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-07") });

    await recordOverdueNotices(at("2026-12-23", "23:59"));
    expect(await noticesOf(reference)).toHaveLength(0);

    await recordOverdueNotices(at("2026-12-24", "00:05"));
    await recordOverdueNotices(at("2026-12-24", "09:00"));
    const first = await noticesOf(reference);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ public: true, actorId: null });
    expect(first[0]!.messageTh).toContain("เกินกำหนดมาแล้ว 7 วัน (แจ้งครั้งที่ 1)");

    await recordOverdueNotices(at("2026-12-31"));
    await recordOverdueNotices(at("2026-12-31", "18:00"));
    const two = await noticesOf(reference);
    expect(two.map((e) => JSON.parse(e.detail).notice)).toEqual([1, 2]);
    expect((await requestRow(reference)).overdueNotices).toBe(2);

    const tracking = await getTracking(trackingToken);
    expect(tracking!.timeline.filter((e) => e.type === "overdue_notice")).toHaveLength(2);
    const audit = await db.auditLog.findMany({ where: { subjectId: reference, action: "request.overdue_notice" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorType: "system", personKey: (await requestRow(reference)).applicantKey });
  });

  it("catches up with every notice missed while the server was off, in one go", async () => {
    const { reference } = await fileRepair();
    await recordOverdueNotices(at("2027-01-08"));
    expect((await noticesOf(reference)).map((e) => JSON.parse(e.detail).notice)).toEqual([1, 2, 3]);
  });

  it("records none while waiting for the applicant, nor for closed requests", async () => {
    const waiting = (await fileRepair()).reference;
    await recordDefects({ staff: officer, reference: waiting, defects: ["แผนที่"], now: at("2026-12-04") });
    const rejected = (await fileRepair()).reference;
    await rejectRequest({ staff: officer, reference: rejected, reason: "ซ้ำ", now: at("2026-12-04") });
    await recordOverdueNotices(at("2027-02-01"));
    expect(await noticesOf(waiting)).toHaveLength(0);
    expect(await noticesOf(rejected)).toHaveLength(0);
  });

  it("adds each notice once when two runs race", async () => {
    const { reference } = await fileRepair();
    await Promise.all([recordOverdueNotices(at("2026-12-24")), recordOverdueNotices(at("2026-12-24"))]);
    expect(await noticesOf(reference)).toHaveLength(1);
  });
});
