import type { HolidaySet } from "@/lib/calendar/working-days";
import { closedOutcomes, type ClosedRequest } from "@/lib/reports/summarise";
import { fiscalYearMonths, monthOf, quarterOfMonth, QUARTERS } from "./periods";

/**
 * Service statistics per month and per quarter of a fiscal year, for the municipality, each
 * division and each service. Requests are counted in the month they were received (a
 * cohort): what came in that month, how much of it is completed, on time, and still open
 * now. So the months add up to the quarter and the quarters to the year's figures on
 * /statistics. Pure: the rows come from period-statistics.ts.
 */
export type PeriodRow = {
  serviceId: number;
  divisionId: number;
  channel: string;
  status: string;
  createdAt: Date;
  completedAt: Date | null;
  dueDate: string;
  pausedDays: number;
};

export const CHANNELS = ["kiosk", "counter", "online", "open311"] as const;
export type Channel = (typeof CHANNELS)[number];

export type PeriodFigures = {
  received: number;
  byChannel: Record<Channel, number>;
  /** Done (as "completed" on /statistics). */
  completed: number;
  /** Refused or closed without approval. */
  rejected: number;
  /** A result (done or refused) given on or before the due date, which moved with time waiting for the applicant. */
  onTime: number;
  /** Median working days on the legal clock from receipt to result; null when no result yet. */
  medianWorkingDays: number | null;
  /** New, in progress or waiting for the applicant now. */
  openNow: number;
};

/** "all", "d<divisionId>" or "s<serviceId>"; "year", a quarter "Q1".."Q4" or a month "YYYY-MM". */
export type PeriodKey = string;
export const periodCell = (group: string, period: PeriodKey) => `${group}|${period}`;

type Tally = Omit<PeriodFigures, "medianWorkingDays"> & { days: number[] };
const emptyTally = (): Tally => ({ received: 0, byChannel: { kiosk: 0, counter: 0, online: 0, open311: 0 }, completed: 0, rejected: 0, onTime: 0, openNow: 0, days: [] });
const OPEN = new Set(["new", "in_progress", "waiting_applicant"]);
const CLOSED = new Set(["done", "rejected"]);

export function periodFigures(rows: readonly PeriodRow[], fiscalYear: number, holidays: HolidaySet): Map<string, PeriodFigures> {
  const inYear = new Set(fiscalYearMonths(fiscalYear));
  const closedRows = rows.filter((row) => CLOSED.has(row.status) && row.completedAt);
  const outcomes = closedOutcomes(closedRows as (ClosedRequest & PeriodRow)[], holidays);
  const outcomeOf = new Map(closedRows.map((row, index) => [row, outcomes[index]!]));
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const month = monthOf(row.createdAt);
    if (!inYear.has(month)) continue;
    const outcome = outcomeOf.get(row);
    for (const group of ["all", `d${row.divisionId}`, `s${row.serviceId}`]) {
      for (const period of ["year", quarterOfMonth(month), month]) {
        const key = periodCell(group, period);
        let tally = tallies.get(key);
        if (!tally) tallies.set(key, (tally = emptyTally()));
        tally.received += 1;
        if ((CHANNELS as readonly string[]).includes(row.channel)) tally.byChannel[row.channel as Channel] += 1;
        if (OPEN.has(row.status)) tally.openNow += 1;
        if (row.status === "done") tally.completed += 1;
        if (row.status === "rejected") tally.rejected += 1;
        if (outcome) {
          if (outcome.onTime) tally.onTime += 1;
          tally.days.push(outcome.workingDays);
        }
      }
    }
  }
  return new Map([...tallies].map(([key, { days, ...rest }]) => [key, { ...rest, medianWorkingDays: median(days) }]));
}

export const EMPTY_FIGURES: PeriodFigures = { received: 0, byChannel: { kiosk: 0, counter: 0, online: 0, open311: 0 }, completed: 0, rejected: 0, onTime: 0, openNow: 0, medianWorkingDays: null };

export const PERIODS_OF_YEAR = (fiscalYear: number): PeriodKey[] => [...QUARTERS, ...fiscalYearMonths(fiscalYear)];

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
