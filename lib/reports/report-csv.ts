import { toCsv } from "@/lib/csv/csv";
import type { Locale } from "@/lib/i18n/localized";
import type { DivisionReport } from "./division-report";
import { onTimePercent, type ReportFigures } from "./summarise";

/** The spreadsheet's columns, in order; their headings are the page's texts (messages/reports.*.json, `columns`). */
export const CSV_COLUMNS = ["serviceCode", "service", "received", "open", "waiting", "done", "rejected", "overdueNow", "closedOnTime", "onTime", "medianDays"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The report as a spreadsheet: one row per service, then the division's total. */
export function reportCsv(report: DivisionReport, locale: Locale, texts: { heading: (column: CsvColumn) => string; total: string }): string {
  const row = (code: string, name: string, f: ReportFigures) => [
    code,
    name,
    f.received,
    f.open,
    f.waiting,
    f.done,
    f.rejected,
    f.overdueNow,
    f.closedOnTime,
    onTimePercent(f),
    f.medianWorkingDays,
  ];
  return toCsv([
    CSV_COLUMNS.map(texts.heading),
    ...report.services.map((line) => row(line.code, line.name[locale], line.figures)),
    row("", texts.total, report.total),
  ]);
}

/** e.g. report-ENGINEERING-2570-as-of-2026-11-24.csv: "overdue now" means nothing without the day. */
export function reportFilename(divisionCode: string, report: DivisionReport): string {
  return `report-${divisionCode}-${report.fiscalYear}-as-of-${report.today}.csv`;
}
