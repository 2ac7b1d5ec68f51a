import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf, fiscalYearRange } from "@/lib/calendar/fiscal-year";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { OPEN_RUNNING } from "@/lib/board/board-tabs";
import { closedOutcomes, summarise, type ClosedOutcome, type ReportFigures } from "./summarise";

export type ServiceLine = { code: string; name: { th: string; en: string }; figures: ReportFigures };
/** One division's figures inside a report across several divisions. */
export type DivisionLine = { divisionId: number; figures: ReportFigures };

export type DivisionReport = {
  fiscalYear: number;
  period: { start: string; end: string };
  /** The day "overdue now" is counted on. */
  today: string;
  total: ReportFigures;
  services: ServiceLine[];
  /** Each division's figures (one line for a single division's report), in the order asked. */
  divisions: DivisionLine[];
  channels: { kiosk: number; counter: number; online: number; open311: number };
};

/**
 * A division's requests filed in one fiscal year, per service and in total: what came in,
 * through which channel, where it stands, and how much was decided within the legal time.
 * Aggregates only: no applicant data is read, so viewing a report is not a personal-data view.
 */
export async function divisionReport(divisionId: number, fiscalYear: number, now = new Date()): Promise<DivisionReport> {
  return divisionsReport([divisionId], fiscalYear, now);
}

/**
 * The same report across several divisions (the municipality's, or a head's divisions):
 * each figure, the total included, comes from the pure summariser over all their rows, so
 * the counts are the sum of the divisions' and the median is the median of all results.
 */
export async function divisionsReport(divisionIds: readonly number[], fiscalYear: number, now = new Date()): Promise<DivisionReport> {
  const today = bangkokDate(now);
  const where = { divisionId: divisionIds.length === 1 ? divisionIds[0]! : { in: [...divisionIds] }, fiscalYear };
  const [byStatus, overdue, closedRows, byChannel, holidays] = await Promise.all([
    db.request.groupBy({ by: ["divisionId", "serviceId", "status"], where, _count: { _all: true } }),
    db.request.groupBy({ by: ["divisionId", "serviceId"], where: { ...where, status: { in: [...OPEN_RUNNING] }, dueDate: { lt: today } }, _count: { _all: true } }),
    db.request.findMany({
      where: { ...where, status: { in: ["done", "rejected"] }, completedAt: { not: null } },
      select: { divisionId: true, serviceId: true, createdAt: true, completedAt: true, dueDate: true, pausedDays: true },
    }),
    db.request.groupBy({ by: ["channel"], where, _count: { _all: true } }),
    holidayCalendar(),
  ]);

  const serviceIds = [...new Set(byStatus.map((row) => row.serviceId))];
  const services = await db.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, code: true, nameTh: true, nameEn: true } });
  const outcomes = closedOutcomes(
    closedRows.map((row) => ({ ...row, completedAt: row.completedAt! })),
    holidays,
  );
  // Closed outcomes bucketed once: a year of the whole municipality is ~100,000 of them.
  const byService = new Map<number, ClosedOutcome[]>();
  const byDivision = new Map<number, ClosedOutcome[]>();
  closedRows.forEach((row, index) => {
    for (const [map, key] of [[byService, row.serviceId], [byDivision, row.divisionId]] as const) {
      const list = map.get(key) ?? [];
      list.push(outcomes[index]!);
      map.set(key, list);
    }
  });
  // A group of rows: every one, one service's, or one division's.
  type Group = { serviceId: number; divisionId?: undefined } | { divisionId: number; serviceId?: undefined } | Record<string, never>;
  const inGroup = (row: { serviceId: number; divisionId: number }, group: Group) =>
    (group.serviceId === undefined || row.serviceId === group.serviceId) && (group.divisionId === undefined || row.divisionId === group.divisionId);
  const figuresFor = (group: Group) =>
    summarise(
      byStatus.filter((row) => inGroup(row, group)).map((row) => ({ status: row.status, count: row._count._all })),
      overdue.filter((row) => inGroup(row, group)).reduce((n, row) => n + row._count._all, 0),
      group.serviceId !== undefined ? (byService.get(group.serviceId) ?? []) : group.divisionId !== undefined ? (byDivision.get(group.divisionId) ?? []) : outcomes,
    );
  const channel = (name: string) => byChannel.find((row) => row.channel === name)?._count._all ?? 0;

  return {
    fiscalYear,
    period: fiscalYearRange(fiscalYear),
    today,
    total: figuresFor({}),
    services: services
      .map((service) => ({
        code: service.code,
        name: { th: service.nameTh, en: service.nameEn },
        figures: figuresFor({ serviceId: service.id }),
      }))
      .sort((a, b) => b.figures.received - a.figures.received || a.code.localeCompare(b.code)),
    divisions: divisionIds.map((divisionId) => ({ divisionId, figures: figuresFor({ divisionId }) })),
    channels: { kiosk: channel("kiosk"), counter: channel("counter"), online: channel("online"), open311: channel("open311") },
  };
}

/** The fiscal years these divisions have requests in, newest first, always including the current one. */
export async function reportYears(divisionIds: number | readonly number[], now = new Date()): Promise<number[]> {
  const ids = typeof divisionIds === "number" ? [divisionIds] : divisionIds;
  const rows = await db.request.groupBy({ by: ["fiscalYear"], where: { divisionId: ids.length === 1 ? ids[0]! : { in: [...ids] } } });
  const current = fiscalYearOf(bangkokDate(now));
  return [...new Set([current, ...rows.map((row) => row.fiscalYear)])].sort((a, b) => b - a);
}
