import type { ReportOutcome } from "@/lib/integrity/content";
import { fiscalYearRange } from "@/lib/calendar/fiscal-year";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { countedReport, RESPONSE_ACTIONS, talliedReports } from "@/lib/integrity/statistics-tally";
import { freshCache } from "./fresh-cache";
import { fiscalYearMonths } from "./periods";
import { integrityFigures, outcomeCells, type IntegrityFigures, type OutcomeCell } from "./integrity-figures";

export type IntegrityStatistics = {
  fiscalYear: number;
  asOf: Date;
  /** "year", "H1", "H2", "Q1".."Q4". */
  periods: Map<string, IntegrityFigures>;
  outcomes: Record<ReportOutcome, OutcomeCell>;
};

export async function computeIntegrityStatistics(fiscalYear: number, now: Date): Promise<IntegrityStatistics> {
  const { start, end } = fiscalYearRange(fiscalYear);
  const since = new Date(`${start}T00:00:00+07:00`);
  const until = new Date(`${end}T23:59:59.999+07:00`);
  const [reports, holidays, tallied] = await Promise.all([
    db.integrityReport.findMany({ where: { createdAt: { gte: since, lte: until } }, select: { id: true, createdAt: true, status: true, outcome: true } }),
    holidayCalendar(),
    talliedReports(db, fiscalYearMonths(fiscalYear)),
  ]);
  const firsts = await db.integrityAccessLog.groupBy({
    by: ["reportId"],
    where: { reportId: { in: reports.map((r) => r.id) }, action: { in: RESPONSE_ACTIONS } },
    _min: { at: true },
  });
  const firstOf = new Map(firsts.map((f) => [f.reportId, f._min.at]));
  const rows = [...reports.map((r) => countedReport({ ...r, firstResponseAt: firstOf.get(r.id) ?? null }, holidays)), ...tallied];
  return { fiscalYear, asOf: now, periods: integrityFigures(rows, fiscalYear), outcomes: outcomeCells(rows, fiscalYear) };
}

export const integrityCache = freshCache("integrity-statistics", computeIntegrityStatistics);
export const integrityStatistics = (fiscalYear: number, now = new Date()) => integrityCache.get(fiscalYear, now);
