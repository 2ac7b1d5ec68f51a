import { isCalendarDate, type CalendarDate } from "@/lib/calendar/dates";

/**
 * A date typed as day, month and Buddhist-era year (วัน เดือน ปี พ.ศ.), three server-rendered
 * selects: Debian's Chromium shows `<input type="date">` as mm/dd/yyyy in Gregorian years,
 * which Thai staff misread. The form posts the parts; this turns them into a calendar date.
 */
export type DateParts = { day: string; month: string; year: string };

export type DatePartsResult = { ok: true; date: CalendarDate | undefined } | { ok: false; code: "dateIncomplete" | "dateInvalid" };

const BUDDHIST_OFFSET = 543;

/** All three empty: no date. Some empty: incomplete. A day the month does not have (31 April): invalid. */
export function dateFromParts(parts: DateParts): DatePartsResult {
  const values = [parts.day, parts.month, parts.year].map((value) => value.trim());
  if (values.every((value) => value === "")) return { ok: true, date: undefined };
  if (values.some((value) => value === "")) return { ok: false, code: "dateIncomplete" };
  const [day, month, year] = values.map(Number) as [number, number, number];
  if (![day, month, year].every(Number.isInteger) || year < 2400 || year > 2700) return { ok: false, code: "dateInvalid" };
  const date = `${String(year - BUDDHIST_OFFSET).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isCalendarDate(date) ? { ok: true, date } : { ok: false, code: "dateInvalid" };
}

/** The parts a select trio shows for a date (Buddhist-era year); empty parts for none. */
export function partsOfDate(date: CalendarDate | undefined): DateParts {
  if (!date || !isCalendarDate(date)) return { day: "", month: "", year: "" };
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { day: String(day), month: String(month), year: String(year + BUDDHIST_OFFSET) };
}

/** Buddhist-era years to offer, newest first: from `earliest` (or five years back) to this year. */
export function yearChoices(today: CalendarDate, earliest?: CalendarDate): number[] {
  const current = Number(today.slice(0, 4)) + BUDDHIST_OFFSET;
  const first = Math.min(earliest ? Number(earliest.slice(0, 4)) + BUDDHIST_OFFSET : current, current - 5);
  return Array.from({ length: current - first + 1 }, (_, index) => current - index);
}
