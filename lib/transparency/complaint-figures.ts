import { bangkokDate } from "@/lib/calendar/dates";
import { nextWorkingDayFrom, workingDaysBetween, type HolidaySet } from "@/lib/calendar/working-days";
import { median } from "./period-figures";
import { fiscalYearMonths, monthOf, quarterOfMonth } from "./periods";

/**
 * Complaint statistics (Request.kind = "complaint") of a fiscal year, per quarter and for
 * the year, by topic and outcome, with the time to the first response: the acknowledgement
 * (the officer's "accept"), or the answer itself when it came without one. Counted in the
 * quarter the complaint was received. Counts only: no complainant, place or text. Pure.
 */
export type ComplaintRow = {
  topic: string;
  status: string;
  createdAt: Date;
  acceptedAt: Date | null;
  completedAt: Date | null;
  acknowledgeBy: string | null;
  mergedIntoId: number | null;
};

export const COMPLAINT_OUTCOMES = ["answered", "rejected", "duplicate", "open"] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export type ComplaintFigures = {
  received: number;
  outcomes: Record<ComplaintOutcome, number>;
  /** Complaints with a first response so far. */
  responded: number;
  /** First response on or before the acknowledgement day. */
  respondedOnTime: number;
  /** Median working days from receipt to the first response, as the legal clock counts them. */
  medianDaysToResponse: number | null;
};

export function outcomeOf(row: ComplaintRow): ComplaintOutcome {
  if (row.mergedIntoId !== null) return "duplicate";
  if (row.status === "done") return "answered";
  if (row.status === "rejected") return "rejected";
  return "open";
}

/** Keys "<topic or all>|<year or Q1..Q4>". */
export function complaintFigures(rows: readonly ComplaintRow[], fiscalYear: number, holidays: HolidaySet): Map<string, ComplaintFigures> {
  const inYear = new Set(fiscalYearMonths(fiscalYear));
  const tallies = new Map<string, ComplaintFigures & { days: number[] }>();
  for (const row of rows) {
    const month = monthOf(row.createdAt);
    if (!inYear.has(month)) continue;
    const first = [row.acceptedAt, row.completedAt].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
    const firstDay = first ? bangkokDate(first) : null;
    const days = firstDay ? workingDaysBetween(nextWorkingDayFrom(bangkokDate(row.createdAt), holidays), firstDay, holidays) : null;
    for (const topic of ["all", row.topic]) {
      for (const period of ["year", quarterOfMonth(month)]) {
        const key = `${topic}|${period}`;
        let t = tallies.get(key);
        if (!t) tallies.set(key, (t = { received: 0, outcomes: { answered: 0, rejected: 0, duplicate: 0, open: 0 }, responded: 0, respondedOnTime: 0, medianDaysToResponse: null, days: [] }));
        t.received += 1;
        t.outcomes[outcomeOf(row)] += 1;
        if (firstDay !== null && days !== null) {
          t.responded += 1;
          if (row.acknowledgeBy === null || firstDay <= row.acknowledgeBy) t.respondedOnTime += 1;
          t.days.push(days);
        }
      }
    }
  }
  return new Map([...tallies].map(([key, { days, ...rest }]) => [key, { ...rest, medianDaysToResponse: median(days) }]));
}
