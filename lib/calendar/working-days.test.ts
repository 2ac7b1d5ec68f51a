import { describe, expect, it } from "vitest";
import { seedHolidays } from "@/prisma/seed/holidays";
import { addWorkingDays, isWorkingDay, nextWorkingDayFrom, workingDaysBetween } from "./working-days";

const none = new Set<string>();
const thai = new Set(seedHolidays.map((h) => h.date));

describe("addWorkingDays", () => {
  it("counts from the working day after receipt, skipping the weekend", () => {
    // Thursday 2026-11-26 + 2 working days = Monday 2026-11-30.
    expect(addWorkingDays("2026-11-26", 2, none)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-27", 1, none)).toBe("2026-11-30");
  });

  it("treats 0 days as the same working day", () => {
    expect(addWorkingDays("2026-11-24", 0, none)).toBe("2026-11-24");
  });

  it("counts a weekend filing as received on Monday", () => {
    expect(addWorkingDays("2026-11-28", 0, none)).toBe("2026-11-30"); // Saturday
    expect(addWorkingDays("2026-11-29", 1, none)).toBe("2026-12-01"); // Sunday
  });

  it("skips public holidays and their substitution days", () => {
    // Fri 4 Dec 2026 + 1: Sat 5, Sun 6, Mon 7 (Father's Day substitution) are off -> Tue 8.
    expect(addWorkingDays("2026-12-04", 1, thai)).toBe("2026-12-08");
    // Songkran 13-15 April 2026 (Mon-Wed): Fri 10 April + 1 -> Thu 16 April.
    expect(addWorkingDays("2026-04-10", 1, thai)).toBe("2026-04-16");
  });

  it("crosses the year end (New Year's Eve and Day are holidays)", () => {
    // Wed 30 Dec 2026 + 1: Thu 31 Dec and Fri 1 Jan are holidays -> Mon 4 Jan 2027.
    expect(addWorkingDays("2026-12-30", 1, thai)).toBe("2027-01-04");
  });

  it("gives the 45-day building permit a due date 45 working days later", () => {
    const due = addWorkingDays("2026-11-24", 45, thai);
    expect(workingDaysBetween("2026-11-24", due, thai)).toBe(45);
    expect(isWorkingDay(due, thai)).toBe(true);
  });

  it("refuses nonsense instead of guessing", () => {
    expect(() => addWorkingDays("2026-02-30", 1, none)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-24", -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-24", 1.5, none)).toThrow(RangeError);
  });

  it("stops instead of looping forever when the calendar closes every day", () => {
    const everyDay = new Set<string>();
    for (let d = new Date("2026-11-24T00:00:00Z"); d.getUTCFullYear() < 2028; d.setUTCDate(d.getUTCDate() + 1)) {
      everyDay.add(d.toISOString().slice(0, 10));
    }
    expect(() => nextWorkingDayFrom("2026-11-24", everyDay)).toThrow(/no working day/);
  });
});

describe("seeded holidays", () => {
  it("are unique, valid dates on weekdays in B.E. 2569 and 2570", () => {
    const dates = seedHolidays.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) {
      expect(date >= "2026-01-01" && date <= "2027-12-31").toBe(true);
      expect(isWorkingDay(date, none)).toBe(true);
    }
  });
});
