import type { CalendarDate } from "@/lib/calendar/dates";
import type { AgeCountedOn } from "./rules";

/**
 * Age arithmetic on calendar dates (YYYY-MM-DD strings), pure. A person reaches an age on
 * the anniversary of their birth; someone born on 29 February reaches it on 28 February in
 * a common year (the last day of that month, as the Civil and Commercial Code s.16 counts a
 * period that ends on a day a month does not have).
 */

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The day a person born on `birth` reaches `years` of age. */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const year = Number(birth.slice(0, 4)) + years;
  const md = birth.slice(5) === "02-29" && !isLeap(year) ? "02-28" : birth.slice(5);
  return `${String(year).padStart(4, "0")}-${md}`;
}

/** Completed years on `date`. */
export function ageOn(birth: CalendarDate, date: CalendarDate): number {
  let years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (anniversary(birth, years) > date) years -= 1;
  return years;
}

/** The Gregorian year in which the fiscal year holding `date` ends (1 Oct - 30 Sep). */
function fiscalEndYear(date: CalendarDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** MM-DD within the fiscal year that ends in `endYear`: October-December belong to the year before. */
function dayInFiscalYear(endYear: number, monthDay: string): CalendarDate {
  const year = Number(monthDay.slice(0, 2)) >= 10 ? endYear - 1 : endYear;
  const md = monthDay === "02-29" && !isLeap(year) ? "02-28" : monthDay;
  return `${year}-${md}`;
}

/** The date on which a rule counts the age, for a filing on `today`. */
export function countingDate(on: AgeCountedOn, countedTo: string, today: CalendarDate): CalendarDate {
  if (on === "today") return today;
  return dayInFiscalYear(fiscalEndYear(today) + (on === "next_fiscal_year" ? 1 : 0), countedTo);
}

/**
 * The first filing day on which someone born on `birth` is at least `min` on the rule's
 * counting date: the birthday itself when counted today; otherwise the first day of the
 * fiscal year whose counting date (or, for "next", the following year's) reaches it.
 */
export function firstQualifyingDay(birth: CalendarDate, min: number, on: AgeCountedOn, countedTo: string): CalendarDate {
  const reached = anniversary(birth, min);
  if (on === "today") return reached;
  let endYear = fiscalEndYear(reached);
  if (dayInFiscalYear(endYear, countedTo) < reached) endYear += 1;
  if (on === "next_fiscal_year") endYear -= 1;
  return `${endYear - 1}-10-01`;
}

/** The earliest and latest birth dates a card's date allows: "YYYY" or "YYYY-MM" when the chip has 00s. */
export function birthRange(birthDate: string | null): { earliest: CalendarDate; latest: CalendarDate; exact: boolean } | null {
  if (birthDate === null) return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(birthDate);
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(year) < 1800) return null;
  if (month === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31`, exact: false };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const last = [31, isLeap(Number(year)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (day === undefined) return { earliest: `${year}-${month}-01`, latest: `${year}-${month}-${last}`, exact: false };
  if (Number(day) < 1 || Number(day) > last) return null;
  return { earliest: birthDate, latest: birthDate, exact: true };
}
