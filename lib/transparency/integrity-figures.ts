import { REPORT_OUTCOMES, type ReportOutcome } from "@/lib/integrity/content";
import type { CountedReport } from "@/lib/integrity/statistics-tally";
import { median } from "./period-figures";
import { fiscalYearMonths, halfOfQuarter, quarterOfMonth } from "./periods";

/**
 * Corruption-report statistics (สถิติเรื่องร้องเรียนการทุจริต) of a fiscal year, from the only
 * columns stored in the clear: when a report came in, its state, its outcome, when it was
 * closed, and when a recipient first answered it (a question to the reporter or a change of
 * state, from the access log). The content, category included, is encrypted and never read.
 * Counted in the period the report was received: received, completed (closed), in progress.
 * Reports destroyed at the end of their retention are still counted, from the tally kept
 * for them (lib/integrity/statistics-tally.ts). Pure; the rows come from
 * integrity-statistics.ts.
 */
export type IntegrityRow = CountedReport;

export type IntegrityFigures = {
  received: number;
  completed: number;
  inProgress: number;
  responded: number;
  /** Median working days from receipt to the first response, as the legal clock counts them. */
  medianDaysToResponse: number | null;
};

/** Outcome counts are published for the whole fiscal year only, and none below this. */
export const MIN_OUTCOME_CELL = 3;
export type OutcomeCell = { shown: true; count: number } | { shown: false };

export function integrityFigures(rows: readonly IntegrityRow[], fiscalYear: number): Map<string, IntegrityFigures> {
  const inYear = new Set(fiscalYearMonths(fiscalYear));
  const tallies = new Map<string, IntegrityFigures & { days: number[] }>();
  for (const period of ["year", "H1", "H2", "Q1", "Q2", "Q3", "Q4"]) tallies.set(period, { received: 0, completed: 0, inProgress: 0, responded: 0, medianDaysToResponse: null, days: [] });
  for (const row of rows) {
    const month = row.month;
    if (!inYear.has(month)) continue;
    const quarter = quarterOfMonth(month);
    for (const period of ["year", halfOfQuarter(quarter), quarter]) {
      const t = tallies.get(period)!;
      t.received += 1;
      if (row.status === "closed") t.completed += 1;
      else t.inProgress += 1;
      if (row.firstResponseDays !== null) {
        t.responded += 1;
        t.days.push(row.firstResponseDays);
      }
    }
  }
  return new Map([...tallies].map(([key, { days, ...rest }]) => [key, { ...rest, medianDaysToResponse: median(days) }]));
}

/**
 * The year's closed reports by outcome. An outcome is a fact about one report: with one or
 * two reports in a cell, someone who knows of a report (the person it accuses, or who
 * filed it) could read its result. So cells of 1 or 2 are hidden, and while the hidden
 * ones add up to 1 or 2 (the published "completed" total would give them away) the
 * smallest shown one is hidden too. Zero is shown: it says nothing about anyone.
 */
export function outcomeCells(rows: readonly IntegrityRow[], fiscalYear: number): Record<ReportOutcome, OutcomeCell> {
  const inYear = new Set(fiscalYearMonths(fiscalYear));
  const counts = Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, 0])) as Record<ReportOutcome, number>;
  for (const row of rows) if (row.status === "closed" && inYear.has(row.month) && row.outcome && row.outcome in counts) counts[row.outcome as ReportOutcome] += 1;
  const hidden = new Set(REPORT_OUTCOMES.filter((o) => counts[o] > 0 && counts[o] < MIN_OUTCOME_CELL));
  for (;;) {
    const remainder = [...hidden].reduce((sum, o) => sum + counts[o], 0);
    if (remainder === 0 || remainder >= MIN_OUTCOME_CELL) break;
    const smallest = REPORT_OUTCOMES.filter((o) => !hidden.has(o) && counts[o] > 0).sort((a, b) => counts[a] - counts[b])[0];
    if (!smallest) break;
    hidden.add(smallest);
  }
  return Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, hidden.has(o) ? { shown: false } : { shown: true, count: counts[o] }])) as Record<ReportOutcome, OutcomeCell>;
}
