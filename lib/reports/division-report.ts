import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf, fiscalYearRange } from "@/lib/calendar/fiscal-year";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { OPEN_RUNNING } from "@/lib/board/board-tabs";
import { closedOutcomes, summarise, type ClosedOutcome, type ReportFigures } from "./summarise";

export type ServiceLine = { code: string; name: { th: string; en: string }; figures: ReportFigures };

export type DivisionReport = {
  fiscalYear: number;
  period: { start: string; end: string };
  /** The day "overdue now" is counted on. */
  today: string;
  total: ReportFigures;
  services: ServiceLine[];
  channels: { kiosk: number; counter: number; online: number };
};

/**
 * A division's requests filed in one fiscal year, per service and in total: what came in,
 * through which channel, where it stands, and how much was decided within the legal time.
 * Aggregates only: no applicant data is read, so viewing a report is not a personal-data view.
 */
export async function divisionReport(divisionId: number, fiscalYear: number, now = new Date()): Promise<DivisionReport> {
  const today = bangkokDate(now);
  const where = { divisionId, fiscalYear };
  const [byStatus, overdue, closedRows, byChannel, holidays] = await Promise.all([
    db.request.groupBy({ by: ["serviceId", "status"], where, _count: { _all: true } }),
    db.request.groupBy({ by: ["serviceId"], where: { ...where, status: { in: [...OPEN_RUNNING] }, dueDate: { lt: today } }, _count: { _all: true } }),
    db.request.findMany({
      where: { ...where, status: { in: ["done", "rejected"] }, completedAt: { not: null } },
      select: { serviceId: true, createdAt: true, completedAt: true, dueDate: true, pausedDays: true },
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
  const outcomesByService = new Map<number, ClosedOutcome[]>();
  closedRows.forEach((row, index) => {
    const list = outcomesByService.get(row.serviceId) ?? [];
    list.push(outcomes[index]!);
    outcomesByService.set(row.serviceId, list);
  });
  const countsFor = (serviceId?: number) =>
    byStatus.filter((row) => serviceId === undefined || row.serviceId === serviceId).map((row) => ({ status: row.status, count: row._count._all }));
  const overdueFor = (serviceId?: number) =>
    overdue.filter((row) => serviceId === undefined || row.serviceId === serviceId).reduce((n, row) => n + row._count._all, 0);
  const channel = (name: string) => byChannel.find((row) => row.channel === name)?._count._all ?? 0;

  return {
    fiscalYear,
    period: fiscalYearRange(fiscalYear),
    today,
    total: summarise(countsFor(), overdueFor(), outcomes),
    services: services
      .map((service) => ({
        code: service.code,
        name: { th: service.nameTh, en: service.nameEn },
        figures: summarise(countsFor(service.id), overdueFor(service.id), outcomesByService.get(service.id) ?? []),
      }))
      .sort((a, b) => b.figures.received - a.figures.received || a.code.localeCompare(b.code)),
    channels: { kiosk: channel("kiosk"), counter: channel("counter"), online: channel("online") },
  };
}

/** The fiscal years a division has requests in, newest first, always including the current one. */
export async function reportYears(divisionId: number, now = new Date()): Promise<number[]> {
  const rows = await db.request.groupBy({ by: ["fiscalYear"], where: { divisionId } });
  const current = fiscalYearOf(bangkokDate(now));
  return [...new Set([current, ...rows.map((row) => row.fiscalYear)])].sort((a, b) => b - a);
}
