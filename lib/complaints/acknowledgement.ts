import type { CalendarDate } from "@/lib/calendar/dates";
import { addWorkingDays, type HolidaySet } from "@/lib/calendar/working-days";
import type { RequestStatus } from "@/lib/requests/status";

/**
 * A complaint's first limit (the complaint-handling guideline): the division acknowledges it,
 * with the officer's "accept", within the service's acknowledgeWorkingDays of receipt. Counted
 * like the due date (lib/requests/clock.ts): from the working day after receipt. Pure.
 */
export function acknowledgeByFor(filedOn: CalendarDate, acknowledgeWorkingDays: number, holidays: HolidaySet): CalendarDate {
  return addWorkingDays(filedOn, acknowledgeWorkingDays, holidays);
}

/**
 * Overdue for acknowledgement: still "new" (never accepted) and today is after the day it
 * had to be acknowledged. A request without acknowledgeBy (a service request) never is.
 * Once accepted, moved to waiting or closed, only the answer's due date counts.
 */
export function acknowledgementOverdue(request: { status: RequestStatus | string; acknowledgeBy: CalendarDate | null }, today: CalendarDate): boolean {
  return request.acknowledgeBy !== null && request.status === "new" && today > request.acknowledgeBy;
}
