import { db } from "@/lib/db/client";
import type { HolidaySet } from "./working-days";

/**
 * The holiday dates from the database, held in memory: every filing computes a due date,
 * and the calendar changes a few times a year. Reloaded every minute at most, or at once
 * after an edit in this process.
 */
const MAX_AGE_MS = 60_000;
let current: { holidays: Promise<HolidaySet>; loadedAt: number } | null = null;

export function holidayCalendar(): Promise<HolidaySet> {
  const now = Date.now();
  if (!current || now - current.loadedAt > MAX_AGE_MS) {
    const holidays = db.holiday.findMany({ select: { date: true } }).then((rows) => new Set(rows.map((r) => r.date)));
    const entry = { holidays, loadedAt: now };
    current = entry;
    holidays.catch(() => {
      if (current === entry) current = null;
    });
  }
  return current.holidays;
}

export function invalidateHolidayCalendar(): void {
  current = null;
}
