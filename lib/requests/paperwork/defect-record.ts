import { bangkokDate, isCalendarDate, type CalendarDate } from "@/lib/calendar/dates";
import { addWorkingDays, type HolidaySet } from "@/lib/calendar/working-days";

/**
 * The defect record (บันทึกความบกพร่อง) the Licensing Facilitation Act B.E. 2558 s.8 asks
 * for: when an application lacks documents or details, the officer writes down what is
 * missing and by when it must be delivered, and both the officer and the applicant sign it;
 * the applicant keeps a copy. Pure: built from the request's timeline.
 *
 * The time to deliver is fixed when the defects are recorded (record-defects.ts stores it);
 * DEFECT_RESPONSE_WORKING_DAYS is the office's default period.
 */
export const DEFECT_RESPONSE_WORKING_DAYS = 7;

export type DefectRecord = {
  /** 1 for the first request for documents, 2 for a confirmed repeat… */
  requestNumber: number;
  defects: string[];
  recordedAt: Date;
  respondBy: CalendarDate;
  /** The officer who recorded it (their display name), for the signature line. */
  officer: string | null;
};

type Event = { type: string; at: Date; actor: string | null; detail: Record<string, unknown> };

/** The date the missing items are due, counted in working days from the day they were recorded. */
export function defectResponseDate(recordedOn: CalendarDate, holidays: HolidaySet): CalendarDate {
  return addWorkingDays(recordedOn, DEFECT_RESPONSE_WORKING_DAYS, holidays);
}

/** The latest defects recorded on the request, or null when documents were never requested. */
export function latestDefectRecord(timeline: readonly Event[], holidays: HolidaySet): DefectRecord | null {
  const event = [...timeline].reverse().find((entry) => entry.type === "defects_recorded");
  if (!event) return null;
  const defects = Array.isArray(event.detail.defects) ? event.detail.defects.filter((d): d is string => typeof d === "string") : [];
  const stored = typeof event.detail.respondBy === "string" && isCalendarDate(event.detail.respondBy) ? event.detail.respondBy : null;
  return {
    requestNumber: typeof event.detail.requestNumber === "number" ? event.detail.requestNumber : 1,
    defects,
    recordedAt: event.at,
    // Records made before the date was stored: the same rule, from the day recorded.
    respondBy: stored ?? defectResponseDate(bangkokDate(event.at), holidays),
    officer: event.actor,
  };
}
