import { addDays, isCalendarDate, isWeekend, type CalendarDate } from "./dates";

export type HolidaySet = ReadonlySet<CalendarDate>;

export function isWorkingDay(date: CalendarDate, holidays: HolidaySet): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/** The given date if the office is open that day, otherwise the next day it is. */
export function nextWorkingDayFrom(date: CalendarDate, holidays: HolidaySet): CalendarDate {
  let day = date;
  for (let guard = 0; guard < 366; guard++) {
    if (isWorkingDay(day, holidays)) return day;
    day = addDays(day, 1);
  }
  throw new Error(`no working day within a year of ${date}: check the holiday calendar`);
}

/**
 * The date N working days after a request is received (วันทำการ).
 *
 * A request filed on a weekend or holiday (online, say) counts as received on the next
 * working day, and counting starts the working day after receipt. N = 0 means "the same
 * working day": the receipt day itself.
 */
export function addWorkingDays(filedOn: CalendarDate, days: number, holidays: HolidaySet): CalendarDate {
  if (!isCalendarDate(filedOn)) throw new RangeError(`not a calendar date: ${filedOn}`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number >= 0, got ${days}`);
  let day = nextWorkingDayFrom(filedOn, holidays);
  for (let counted = 0; counted < days; counted++) {
    day = nextWorkingDayFrom(addDays(day, 1), holidays);
  }
  return day;
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not later. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, holidays: HolidaySet): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count++;
  }
  return count;
}
