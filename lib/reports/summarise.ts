import { bangkokDate, type CalendarDate } from "@/lib/calendar/dates";
import { nextWorkingDayFrom, workingDaysBetween, type HolidaySet } from "@/lib/calendar/working-days";

/**
 * One line of a division's report (รายงานผลการให้บริการ): what came in during the fiscal
 * year and where it stands. "Closed" is a result given to the applicant, approval or
 * rejection alike; the Licensing Act's time limit is for giving that result.
 */
export type ReportFigures = {
  received: number;
  open: number; // new or in progress
  waiting: number; // waiting for the applicant, clock paused
  done: number;
  rejected: number;
  overdueNow: number; // open, clock running, past the due date today
  closedOnTime: number; // closed on or before the due date (which moves with paused time)
  /** Median working days on the clock from receipt to result; null when nothing closed. */
  medianWorkingDays: number | null;
};

/** A closed request as the report needs it: no applicant, no answers. */
export type ClosedRequest = { createdAt: Date; completedAt: Date; dueDate: CalendarDate; pausedDays: number };

/** What counts of a closed request: was the result given on time, and after how many working days. */
export type ClosedOutcome = { onTime: boolean; workingDays: number };

export type StatusCount = { status: string; count: number };

/** The figures for one group of requests (a service, or the whole division). */
export function summarise(counts: readonly StatusCount[], overdueNow: number, closed: readonly ClosedOutcome[]): ReportFigures {
  const of = (...statuses: string[]) => counts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + c.count, 0);
  return {
    received: of("new", "in_progress", "waiting_applicant", "done", "rejected"),
    open: of("new", "in_progress"),
    waiting: of("waiting_applicant"),
    done: of("done"),
    rejected: of("rejected"),
    overdueNow,
    closedOnTime: closed.filter((outcome) => outcome.onTime).length,
    medianWorkingDays: median(closed.map((outcome) => outcome.workingDays)),
  };
}

/**
 * On time when the result was given in Ko on or before the due date (which already moved
 * with paused time). Working days are counted as the legal clock counts them
 * (addWorkingDays): from the day of receipt, which for a filing on a weekend or holiday is
 * the next working day, to the result, less the days paused. A year's requests share few
 * date pairs, so each pair is counted once (a full year of a division is ~20,000 requests).
 */
export function closedOutcomes(requests: readonly ClosedRequest[], holidays: HolidaySet): ClosedOutcome[] {
  const elapsed = new Map<string, number>();
  return requests.map((request) => {
    const filed = bangkokDate(request.createdAt);
    const decided = bangkokDate(request.completedAt);
    const key = `${filed}|${decided}`;
    let days = elapsed.get(key);
    if (days === undefined) elapsed.set(key, (days = workingDaysBetween(nextWorkingDayFrom(filed, holidays), decided, holidays)));
    return { onTime: decided <= request.dueDate, workingDays: Math.max(0, days - request.pausedDays) };
  });
}

/**
 * The on-time share of closed requests as a whole percentage, rounded down so that one
 * late request never shows as 100; null when none closed.
 */
export function onTimePercent(figures: ReportFigures): number | null {
  const closed = figures.done + figures.rejected;
  return closed === 0 ? null : Math.floor((100 * figures.closedOnTime) / closed);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
