import { describe, expect, it } from "vitest";
import { fill } from "@/lib/kiosk/format";
import en from "@/messages/kiosk.en.json";
import th from "@/messages/kiosk.th.json";
import { dueWording } from "./due-wording";

const line = (texts: typeof th, receipt: Parameters<typeof dueWording>[0]) => {
  const wording = dueWording(receipt, receipt.dueDate);
  return fill(texts.receipt[wording.key], wording.values);
};

describe("the receipt's expected-date words", () => {
  it("says a same-day service filed on a working day is done that day", () => {
    // Friday 4 December 2026, 10:00 in Ko.
    const friday = { dueDate: "2026-12-04", workingDays: 0, filedAt: "2026-12-04T03:00:00.000Z" };
    expect(dueWording(friday, "4 Dec").key).toBe("dueSameDay");
    expect(line(th, friday)).toBe("2026-12-04 (เสร็จในวันที่ยื่น)");
  });

  it("says a Sunday filing starts its clock on the next working day, never 'done on the day you apply'", () => {
    // Sunday 6 December 2026; Monday 7 is a holiday, so the due date is Tuesday 8.
    const sunday = { dueDate: "2026-12-08", workingDays: 0, filedAt: "2026-12-06T03:00:00.000Z" };
    expect(dueWording(sunday, "8 Dec").key).toBe("dueNextWorkingDay");
    expect(line(th, sunday)).not.toContain("เสร็จในวันที่ยื่น");
    expect(line(th, sunday)).toContain("วันทำการถัดไป");
    expect(line(en, sunday)).toContain("next working day");
  });

  it("sees a weekday holiday through the due date of a same-day service", () => {
    // Monday 7 December 2026 (a holiday), due Tuesday 8.
    expect(dueWording({ dueDate: "2026-12-08", workingDays: 0, filedAt: "2026-12-07T02:00:00.000Z" }, "").key).toBe("dueNextWorkingDay");
  });

  it("counts longer services from the next working day after a weekend filing, in the right English plural", () => {
    const saturday = { dueDate: "2026-12-09", workingDays: 1, filedAt: "2026-12-05T05:00:00.000Z" };
    expect(dueWording(saturday, "").key).toBe("dueDaysFromNextWorkingDay");
    expect(line(en, saturday)).toBe("2026-12-09 (within 1 working day, counted from the next working day)");
    const weekday = { dueDate: "2026-12-17", workingDays: 7, filedAt: "2026-12-04T03:00:00.000Z" };
    expect(line(en, weekday)).toBe("2026-12-17 (within 7 working days)");
    expect(line(en, { ...weekday, workingDays: 1, dueDate: "2026-12-08" })).toBe("2026-12-08 (within 1 working day)");
  });

  it("takes the filing day in Ko's time, not UTC", () => {
    // 23:30 UTC on Saturday 5 December is 06:30 on Sunday 6 in Ko.
    expect(dueWording({ dueDate: "2026-12-08", workingDays: 0, filedAt: "2026-12-05T23:30:00.000Z" }, "").key).toBe("dueNextWorkingDay");
    // 00:30 UTC on Monday 7 is 07:30 the same day in Ko: a same-day service due that day.
    expect(dueWording({ dueDate: "2026-12-07", workingDays: 0, filedAt: "2026-12-07T00:30:00.000Z" }, "").key).toBe("dueSameDay");
  });
});
