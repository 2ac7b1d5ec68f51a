import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { freshCache } from "./fresh-cache";
import { EMPTY_FIGURES, periodCell, periodFigures, type PeriodFigures, type PeriodKey } from "./period-figures";

type Names = { th: string; en: string };
export type NamedGroup = { key: string; code: string; name: Names };

/**
 * A fiscal year's service statistics per month and quarter (period-figures.ts), with the
 * names of the divisions and services that had requests. Read once per FRESH_FOR_MS and
 * shared by /statistics, /statistics/e-service and their open data.
 */
export type PeriodStatistics = {
  fiscalYear: number;
  asOf: Date;
  divisions: (NamedGroup & { services: NamedGroup[] })[];
  cells: Map<string, PeriodFigures>;
};

export const figuresAt = (statistics: PeriodStatistics, group: string, period: PeriodKey): PeriodFigures =>
  statistics.cells.get(periodCell(group, period)) ?? EMPTY_FIGURES;

export async function computePeriodStatistics(fiscalYear: number, now: Date): Promise<PeriodStatistics> {
  const [rows, holidays, divisions, services] = await Promise.all([
    db.request.findMany({
      where: { fiscalYear },
      select: { serviceId: true, divisionId: true, channel: true, status: true, createdAt: true, completedAt: true, dueDate: true, pausedDays: true },
    }),
    holidayCalendar(),
    db.division.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, nameTh: true, nameEn: true } }),
    db.service.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameTh: true, nameEn: true, divisionId: true } }),
  ]);
  const cells = periodFigures(rows, fiscalYear, holidays);
  // A service is listed under the division it belongs to; a transferred request counts for
  // the division it went to (the d<id> figures), as in the staff reports.
  return {
    fiscalYear,
    asOf: now,
    cells,
    divisions: divisions.map((d) => ({
      key: `d${d.id}`,
      code: d.code,
      name: { th: d.nameTh, en: d.nameEn },
      services: services
        .filter((s) => s.divisionId === d.id && cells.has(periodCell(`s${s.id}`, "year")))
        .map((s) => ({ key: `s${s.id}`, code: s.code, name: { th: s.nameTh, en: s.nameEn } })),
    })),
  };
}

export const periodCache = freshCache("period-statistics", computePeriodStatistics);
export const periodStatistics = (fiscalYear: number, now = new Date()) => periodCache.get(fiscalYear, now);
