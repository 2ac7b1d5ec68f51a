import { toCsv } from "@/lib/csv/csv";
import type { Locale } from "@/lib/i18n/localized";
import type { DivisionReport } from "./division-report";
import { onTimePercent, type ReportFigures } from "./summarise";

const HEADINGS: Record<Locale, string[]> = {
  th: ["รหัสบริการ", "บริการ", "รับคำขอ", "อยู่ระหว่างดำเนินการ", "รอเอกสารจากผู้ยื่น", "แล้วเสร็จ", "ไม่อนุมัติ/ยกคำขอ", "เกินกำหนดขณะนี้", "แจ้งผลภายในกำหนด", "ร้อยละภายในกำหนด", "มัธยฐานวันทำการ"],
  en: ["Service code", "Service", "Received", "Open", "Waiting for applicant", "Done", "Rejected", "Overdue now", "Decided on time", "On time %", "Median working days"],
};

/** The report as a spreadsheet: one row per service, then the division's total. */
export function reportCsv(report: DivisionReport, locale: Locale): string {
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
    HEADINGS[locale],
    ...report.services.map((line) => row(line.code, line.name[locale], line.figures)),
    row("", locale === "th" ? "รวม" : "Total", report.total),
  ]);
}
