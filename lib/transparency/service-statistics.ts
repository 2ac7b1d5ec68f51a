import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { db } from "@/lib/db/client";
import { divisionsReport, type DivisionReport } from "@/lib/reports/division-report";
import type { ReportFigures } from "@/lib/reports/summarise";
import { freshCache } from "./fresh-cache";

/**
 * The public service statistics (ข้อมูลเชิงสถิติการให้บริการ) of one fiscal year, from the
 * requests themselves: the same figures as the staff's division reports (lib/reports), per
 * division and service, and never anything about a person. Computed at most every
 * FRESH_FOR_MS per year and kept in memory (fresh-cache.ts): the assessor and the public read the same
 * figures, and a year's computation reads every closed request of it.
 */
export type ServiceStatistics = {
  fiscalYear: number;
  /** When these figures were computed (the page says "as of"). */
  asOf: Date;
  total: ReportFigures;
  channels: DivisionReport["channels"];
  divisions: { code: string; name: { th: string; en: string }; figures: ReportFigures; services: { code: string; name: { th: string; en: string }; figures: ReportFigures }[] }[];
};

export { FRESH_FOR_MS } from "./fresh-cache";
export const serviceCache = freshCache("service-statistics", (fiscalYear: number, now: Date) => compute(fiscalYear, now));

export function serviceStatistics(fiscalYear: number, now = new Date()): Promise<ServiceStatistics> {
  return serviceCache.get(fiscalYear, now);
}

/** The figures computed now, past the cache (for tests with a fake clock). */
export const computeServiceStatisticsForTest = (fiscalYear: number, now: Date) => compute(fiscalYear, now);

async function compute(fiscalYear: number, now: Date): Promise<ServiceStatistics> {
  const divisions = await db.division.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, nameTh: true, nameEn: true } });
  const services = await db.service.findMany({ select: { code: true, divisionId: true } });
  const divisionOf = new Map(services.map((s) => [s.code, s.divisionId]));
  const report = await divisionsReport(divisions.map((d) => d.id), fiscalYear, now);
  return {
    fiscalYear,
    asOf: now,
    total: report.total,
    channels: report.channels,
    divisions: divisions.map((division) => ({
      code: division.code,
      name: { th: division.nameTh, en: division.nameEn },
      figures: report.divisions.find((line) => line.divisionId === division.id)!.figures,
      services: report.services.filter((line) => divisionOf.get(line.code) === division.id),
    })),
  };
}

/**
 * The fiscal years with requests, newest first, the current one always among them. Kept
 * like the figures (a full scan of the requests); the current year is added at each call,
 * so a new fiscal year shows on 1 October even from an old list.
 */
export async function statisticsYears(now = new Date()): Promise<number[]> {
  const current = fiscalYearOf(bangkokDate(now));
  return [...new Set([current, ...(await yearsCache.get(0, now))])].sort((a, b) => b - a);
}

const yearsCache = freshCache("statistics-years", async () => (await db.request.groupBy({ by: ["fiscalYear"] })).map((row) => row.fiscalYear));
