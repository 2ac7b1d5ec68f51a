import { describe, expect, it } from "vitest";
import { calendarDaysBetween, clockState, dueDateFor, endPause, latestDueDateForNotice, moveDueDate, pausedWorkingDays, pauseSummary } from "./clock";

// December 2026: Monday 7 (Father's Day substitution) and Thursday 10 (Constitution Day) are holidays.
const holidays = new Set(["2026-12-07", "2026-12-10", "2026-12-31", "2027-01-01"]);

describe("the pause", () => {
  it("costs the working days after the pause day up to and including the resume day", () => {
    expect(pausedWorkingDays("2026-12-04", "2026-12-04", holidays)).toBe(0);
    // Fri 4 -> Fri 11: Tue 8, Wed 9, Fri 11 (the weekend, Mon 7 and Thu 10 are off).
    expect(pausedWorkingDays("2026-12-04", "2026-12-11", holidays)).toBe(3);
  });

  it("moves the due date later by the working days waited, as if counted from receipt", () => {
    const fields = { dueDate: "2026-12-17", pausedDays: 0, pausedSince: "2026-12-04" };
    expect(endPause(fields, "2026-12-11", holidays)).toEqual({ dueDate: "2026-12-22", pausedDays: 3, pausedSince: null, waited: 3 });
    expect(dueDateFor({ filedOn: "2026-12-04", workingDays: 7, pausedDays: 3 }, holidays)).toBe("2026-12-22");
    expect(dueDateFor({ filedOn: "2026-12-04", workingDays: 7, pausedDays: 0 }, holidays)).toBe("2026-12-17");
  });

  it("changes nothing when the clock was running", () => {
    const fields = { dueDate: "2026-12-17", pausedDays: 2, pausedSince: null };
    expect(endPause(fields, "2026-12-30", holidays)).toEqual({ ...fields, waited: 0 });
    expect(moveDueDate("2026-12-17", 0, holidays)).toBe("2026-12-17");
    expect(moveDueDate("2026-12-30", 1, holidays)).toBe("2027-01-04");
  });
});

describe("clockState", () => {
  const open = { status: "in_progress" as const, dueDate: "2026-12-17", pausedSince: null };

  it("counts working days left, and nothing overdue up to the due day", () => {
    expect(clockState(open, "2026-12-11", holidays)).toMatchObject({ overdue: false, daysOverdue: 0, workingDaysLeft: 4, noticesDue: 0 });
    expect(clockState(open, "2026-12-17", holidays)).toMatchObject({ overdue: false, daysOverdue: 0, workingDaysLeft: 0 });
  });

  it("flags a running request after its due date, in calendar days, with a notice every 7 days", () => {
    expect(clockState(open, "2026-12-18", holidays)).toMatchObject({ overdue: true, daysOverdue: 1, workingDaysLeft: 0, noticesDue: 0 });
    expect(clockState(open, "2026-12-23", holidays)).toMatchObject({ daysOverdue: 6, noticesDue: 0 });
    expect(clockState(open, "2026-12-24", holidays)).toMatchObject({ daysOverdue: 7, noticesDue: 1 });
    expect(clockState(open, "2026-12-30", holidays)).toMatchObject({ daysOverdue: 13, noticesDue: 1 });
    expect(clockState(open, "2026-12-31", holidays)).toMatchObject({ daysOverdue: 14, noticesDue: 2 });
    expect(clockState({ ...open, status: "new" }, "2026-12-31", holidays)).toMatchObject({ overdue: true, daysOverdue: 14 });
  });

  it("is never overdue while waiting for the applicant, and shows the due date moving", () => {
    const waiting = { status: "waiting_applicant" as const, dueDate: "2026-12-17", pausedSince: "2026-12-04" };
    expect(clockState(waiting, "2026-12-11", holidays)).toMatchObject({ paused: true, overdue: false, dueDate: "2026-12-22", pausedSince: "2026-12-04" });
    expect(clockState(waiting, "2027-02-01", holidays)).toMatchObject({ paused: true, overdue: false, daysOverdue: 0, noticesDue: 0 });
  });

  it("is never overdue once closed", () => {
    for (const status of ["done", "rejected"] as const) {
      expect(clockState({ ...open, status }, "2027-03-01", holidays)).toMatchObject({ overdue: false, daysOverdue: 0, workingDaysLeft: 0, paused: false });
    }
  });
});

describe("calendar helpers", () => {
  it("count calendar days and find the latest due date owed a notice", () => {
    expect(calendarDaysBetween("2026-12-17", "2026-12-24")).toBe(7);
    expect(calendarDaysBetween("2026-12-24", "2026-12-17")).toBe(-7);
    expect(calendarDaysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(latestDueDateForNotice("2026-12-24")).toBe("2026-12-17");
  });
});

describe("pauseSummary", () => {
  it("says never paused only when documents were never requested", () => {
    expect(pauseSummary({ pausedSince: null, pausedDays: 0, defectRequests: 0, paused: false }, "2026-12-11", holidays)).toEqual({ kind: "never" });
  });

  it("while paused, names the day it stopped and counts the working days waited so far, never 'never paused'", () => {
    // Paused Sunday 6 December (the report's case): nothing waited yet on the day itself.
    const waiting = { pausedSince: "2026-12-06", pausedDays: 0, defectRequests: 1, paused: true };
    expect(pauseSummary(waiting, "2026-12-06", holidays)).toEqual({ kind: "paused", since: "2026-12-06", workingDays: 0 });
    // Mon 7 is a holiday; Tue 8 and Wed 9 are working days.
    expect(pauseSummary(waiting, "2026-12-09", holidays)).toEqual({ kind: "paused", since: "2026-12-06", workingDays: 2 });
  });

  it("after a resume that cost no working day, says it was paused and resumed, not 'never paused'", () => {
    expect(pauseSummary({ pausedSince: null, pausedDays: 0, defectRequests: 1, paused: false }, "2026-12-11", holidays)).toEqual({ kind: "resumed", workingDays: 0 });
    expect(pauseSummary({ pausedSince: null, pausedDays: 3, defectRequests: 1, paused: false }, "2026-12-11", holidays)).toEqual({ kind: "resumed", workingDays: 3 });
  });
});
