import { addDays, type CalendarDate } from "@/lib/calendar/dates";
import { addWorkingDays, workingDaysBetween, type HolidaySet } from "@/lib/calendar/working-days";
import type { RequestStatus } from "./status";

/**
 * The legal clock of a request (Licensing Facilitation Act B.E. 2558). Pure: calendar dates
 * in Asia/Bangkok ("YYYY-MM-DD"), holidays passed in.
 *
 * - The due date is the service's working days after receipt (lib/calendar/working-days.ts),
 *   plus the working days spent waiting for the applicant.
 * - Waiting for the applicant stops the clock on the day the defects are recorded (that day
 *   still counts as the office's) and starts it again on the day the documents arrive (that
 *   day does not: like receipt, counting starts the working day after). So a pause moves the
 *   due date later by the working days after the pause day up to and including the resume day.
 * - Overdue: open, running (not waiting for the applicant) and today is after the due date.
 * - The Act requires a notice to the applicant every 7 days a decision is late: one notice per
 *   7 calendar days overdue.
 */
export const NOTICE_INTERVAL_DAYS = 7;

const RUNNING: readonly RequestStatus[] = ["new", "in_progress"];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The due date of a request received on `filedOn`, for a service of `workingDays`, paused `pausedDays` working days. */
export function dueDateFor(filing: { filedOn: CalendarDate; workingDays: number; pausedDays: number }, holidays: HolidaySet): CalendarDate {
  return addWorkingDays(filing.filedOn, filing.workingDays + filing.pausedDays, holidays);
}

/** The due date moved later by `workingDays` working days (unchanged for 0). */
export function moveDueDate(dueDate: CalendarDate, workingDays: number, holidays: HolidaySet): CalendarDate {
  return workingDays === 0 ? dueDate : addWorkingDays(dueDate, workingDays, holidays);
}

/** Working days a pause that began on `pausedSince` has cost so far, if it ends `today`. */
export function pausedWorkingDays(pausedSince: CalendarDate, today: CalendarDate, holidays: HolidaySet): number {
  return workingDaysBetween(pausedSince, today, holidays);
}

export type ClockFields = { dueDate: CalendarDate; pausedDays: number; pausedSince: CalendarDate | null };

/**
 * The clock fields after the pause ends today (resume, or a transfer or rejection while
 * waiting): the due date moves later by the working days spent waiting. Unchanged when the
 * clock was running.
 */
export function endPause(fields: ClockFields, today: CalendarDate, holidays: HolidaySet): ClockFields & { waited: number } {
  if (fields.pausedSince === null) return { ...fields, waited: 0 };
  const waited = pausedWorkingDays(fields.pausedSince, today, holidays);
  return { dueDate: moveDueDate(fields.dueDate, waited, holidays), pausedDays: fields.pausedDays + waited, pausedSince: null, waited };
}

export type ClockState = {
  /** The due date as it stands today; while paused, including the working days waited so far. */
  dueDate: CalendarDate;
  paused: boolean;
  pausedSince: CalendarDate | null;
  overdue: boolean;
  /** Calendar days after the due date (0 unless overdue). */
  daysOverdue: number;
  /** Working days from today up to the due date (0 on the due day and when overdue). */
  workingDaysLeft: number;
  /** Overdue notices the Act requires by today: one per 7 days overdue. */
  noticesDue: number;
};

export function clockState(
  request: { status: RequestStatus; dueDate: CalendarDate; pausedSince: CalendarDate | null },
  today: CalendarDate,
  holidays: HolidaySet,
): ClockState {
  const paused = request.status === "waiting_applicant" && request.pausedSince !== null;
  const dueDate = paused ? moveDueDate(request.dueDate, pausedWorkingDays(request.pausedSince!, today, holidays), holidays) : request.dueDate;
  const running = RUNNING.includes(request.status);
  const daysOverdue = running && today > dueDate ? calendarDaysBetween(dueDate, today) : 0;
  return {
    dueDate,
    paused,
    pausedSince: paused ? request.pausedSince : null,
    overdue: daysOverdue > 0,
    daysOverdue,
    workingDaysLeft: daysOverdue > 0 || !(running || paused) ? 0 : workingDaysBetween(today, dueDate, holidays),
    noticesDue: Math.floor(daysOverdue / NOTICE_INTERVAL_DAYS),
  };
}

/**
 * What the clock's pause history says today, in one answer, so a page cannot say "paused
 * since 6 Dec" beside "never paused". Ever paused = documents were requested at least once
 * (recording defects is the only thing that stops the clock). While paused, the working
 * days waited so far count too; a pause resumed on its own day, or over a weekend, cost no
 * working day but still happened.
 */
export type PauseSummary =
  | { kind: "never" }
  | { kind: "paused"; since: CalendarDate; workingDays: number }
  | { kind: "resumed"; workingDays: number };

export function pauseSummary(
  request: { pausedSince: CalendarDate | null; pausedDays: number; defectRequests: number; paused: boolean },
  today: CalendarDate,
  holidays: HolidaySet,
): PauseSummary {
  if (request.paused && request.pausedSince !== null) {
    return { kind: "paused", since: request.pausedSince, workingDays: request.pausedDays + pausedWorkingDays(request.pausedSince, today, holidays) };
  }
  if (request.defectRequests === 0 && request.pausedDays === 0) return { kind: "never" };
  return { kind: "resumed", workingDays: request.pausedDays };
}

/** Due dates on or before this date are at least one notice interval overdue today. */
export function latestDueDateForNotice(today: CalendarDate): CalendarDate {
  return addDays(today, -NOTICE_INTERVAL_DAYS);
}
