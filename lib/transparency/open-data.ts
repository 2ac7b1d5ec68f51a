import { toCsv } from "@/lib/csv/csv";
import type { ServiceStatistics } from "./service-statistics";

/**
 * The service statistics as open data: one row per service, with its division, in CSV
 * (lib/csv: Thai opens correctly in a spreadsheet, no cell runs as a formula) and JSON,
 * with a data dictionary and a licence line.
 */
export const LICENCE = "Open Government Licence - Thailand (Creative Commons Attribution 4.0) · เผยแพร่โดยเทศบาลตำบลก้อ";

export const DICTIONARY = [
  { column: "fiscal_year", th: "ปีงบประมาณ (พ.ศ.)", en: "Fiscal year (Buddhist era; 1 October to 30 September)" },
  { column: "division_code", th: "รหัสกอง", en: "Division code" },
  { column: "division_name", th: "ชื่อกอง", en: "Division name (Thai)" },
  { column: "service_code", th: "รหัสบริการ", en: "Service code" },
  { column: "service_name", th: "ชื่อบริการ", en: "Service name (Thai)" },
  { column: "received", th: "จำนวนคำขอที่ได้รับ", en: "Requests received in the fiscal year" },
  { column: "completed", th: "ดำเนินการแล้วเสร็จ", en: "Completed" },
  { column: "rejected", th: "ไม่อนุมัติหรือยุติเรื่อง", en: "Refused or closed without approval" },
  { column: "closed_on_time", th: "แล้วเสร็จภายในระยะเวลาตามกฎหมาย", en: "Decided within the legal time (the due date moves with time spent waiting for the applicant)" },
  { column: "median_working_days", th: "ค่ามัธยฐานของจำนวนวันทำการ", en: "Median working days from receipt to result, as the legal clock counts them" },
  { column: "open_now", th: "อยู่ระหว่างดำเนินการ", en: "Open now (new, in progress or waiting for the applicant)" },
  { column: "overdue_now", th: "เกินกำหนดขณะนี้", en: "Open and past the due date now" },
] as const;

type Row = Record<(typeof DICTIONARY)[number]["column"], string | number | null>;

export function statisticsRows(statistics: ServiceStatistics): Row[] {
  return statistics.divisions.flatMap((division) =>
    division.services.map((service) => ({
      fiscal_year: statistics.fiscalYear,
      division_code: division.code,
      division_name: division.name.th,
      service_code: service.code,
      service_name: service.name.th,
      received: service.figures.received,
      completed: service.figures.done,
      rejected: service.figures.rejected,
      closed_on_time: service.figures.closedOnTime,
      median_working_days: service.figures.medianWorkingDays,
      open_now: service.figures.open + service.figures.waiting,
      overdue_now: service.figures.overdueNow,
    })),
  );
}

export function statisticsCsv(statistics: ServiceStatistics): string {
  const columns = DICTIONARY.map((entry) => entry.column);
  return toCsv([columns, ...statisticsRows(statistics).map((row) => columns.map((column) => row[column]))]);
}

export function statisticsJson(statistics: ServiceStatistics) {
  return { licence: LICENCE, as_of: statistics.asOf.toISOString(), fiscal_year: statistics.fiscalYear, dictionary: DICTIONARY, rows: statisticsRows(statistics) };
}
