import type { CalendarDate } from "./dates";

/** Buddhist era (พ.ศ.) = Gregorian year + 543. */
export function buddhistYear(gregorianYear: number): number {
  return gregorianYear + 543;
}

/**
 * The Thai government fiscal year (ปีงบประมาณ) runs 1 October to 30 September and is named
 * after the Buddhist year in which it ends: 1 Oct 2026 - 30 Sep 2027 is fiscal year 2570.
 */
export function fiscalYearOf(date: CalendarDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return buddhistYear(month >= 10 ? year + 1 : year);
}

/** First and last day of a fiscal year, as Gregorian calendar dates. */
export function fiscalYearRange(fiscalYearBE: number): { start: CalendarDate; end: CalendarDate } {
  const endYear = fiscalYearBE - 543;
  return { start: `${endYear - 1}-10-01`, end: `${endYear}-09-30` };
}
