import { describe, expect, it } from "vitest";
import { closedOutcomes, onTimePercent, summarise } from "./summarise";

// Mon 7 and Thu 10 December 2026 are holidays in this set.
const holidays = new Set(["2026-12-07", "2026-12-10"]);
const bangkok = (date: string, time = "10:00") => new Date(`${date}T${time}:00+07:00`);

describe("summarise", () => {
  const counts = [
    { status: "new", count: 3 },
    { status: "in_progress", count: 2 },
    { status: "waiting_applicant", count: 1 },
    { status: "done", count: 4 },
    { status: "rejected", count: 1 },
  ];

  it("counts what came in and where it stands", () => {
    expect(summarise(counts, 2, [])).toMatchObject({ received: 11, open: 5, waiting: 1, done: 4, rejected: 1, overdueNow: 2 });
  });

  it("counts a result given on its due date as on time, and one the day after as late", () => {
    const outcomes = closedOutcomes(
      [
        // Dates are Ko's: 16:30 on the 17th is still the 17th, 08:30 on the 18th is not.
        { createdAt: bangkok("2026-12-04"), completedAt: bangkok("2026-12-17", "16:30"), dueDate: "2026-12-17", pausedDays: 0 },
        { createdAt: bangkok("2026-12-04"), completedAt: bangkok("2026-12-18", "08:30"), dueDate: "2026-12-17", pausedDays: 0 },
      ],
      holidays,
    );
    expect(outcomes.map((o) => o.onTime)).toEqual([true, false]);
    const figures = summarise([{ status: "done", count: 1 }, { status: "rejected", count: 1 }], 0, outcomes);
    expect(figures.closedOnTime).toBe(1);
    expect(onTimePercent(figures)).toBe(50);
  });

  it("counts working days on the clock, leaving out holidays, weekends and paused days", () => {
    // Fri 4 -> Fri 11 December: 8, 9 and 11 are working days (7 and 10 are holidays).
    const request = { createdAt: bangkok("2026-12-04"), completedAt: bangkok("2026-12-11"), dueDate: "2026-12-17" };
    const [plain, paused] = closedOutcomes([{ ...request, pausedDays: 0 }, { ...request, pausedDays: 2 }], holidays);
    expect(plain!.workingDays).toBe(3);
    expect(paused!.workingDays).toBe(1);
  });

  it("counts from the next working day for a filing on a weekend, as the legal clock does", () => {
    // Filed online on Saturday 12 December, decided Monday 14 and Tuesday 15.
    const saturday = bangkok("2026-12-12", "21:00");
    const [monday, tuesday] = closedOutcomes(
      [
        { createdAt: saturday, completedAt: bangkok("2026-12-14"), dueDate: "2026-12-23", pausedDays: 0 },
        { createdAt: saturday, completedAt: bangkok("2026-12-15"), dueDate: "2026-12-23", pausedDays: 0 },
      ],
      holidays,
    );
    expect([monday!.workingDays, tuesday!.workingDays]).toEqual([0, 1]);
  });

  it("never shows a share with a late request in it as 100 percent", () => {
    expect(onTimePercent({ ...summarise([{ status: "done", count: 200 }], 0, []), closedOnTime: 199 })).toBe(99);
  });

  it("reports the median of working days", () => {
    const outcomes = [1, 2, 3, 4].map((day) => ({ onTime: true, workingDays: day }));
    expect(summarise(counts, 0, outcomes).medianWorkingDays).toBe(2.5);
    expect(summarise(counts, 0, outcomes.slice(0, 3)).medianWorkingDays).toBe(2);
  });

  it("has no on-time share or median when nothing has closed", () => {
    const figures = summarise([{ status: "new", count: 1 }], 0, []);
    expect(onTimePercent(figures)).toBeNull();
    expect(figures.medianWorkingDays).toBeNull();
  });
});
