import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { DivisionReport } from "@/lib/reports/division-report";
import { onTimePercent, type ReportFigures } from "@/lib/reports/summarise";
import { NoData } from "./no-data";

const COLUMNS = ["received", "open", "waiting", "done", "rejected", "overdueNow"] as const;

type Line = { key: string; name: string; figures: ReportFigures };

type Props = {
  report: DivisionReport;
  locale: Locale;
  caption: string;
  /** Rows other than the report's services (the combined report's divisions), headed `firstColumn`. */
  lines?: Line[];
  firstColumn?: string;
};

/**
 * One row per service with requests this fiscal year, busiest first (or one per division on
 * the combined report), and the total.
 */
export async function ReportTable({ report, locale, caption, lines, firstColumn }: Props) {
  const t = await getTranslations("reports");
  if (report.services.length === 0) return <p className="board-empty">{t("empty")}</p>;
  const rows = lines ?? report.services.map((line) => ({ key: line.code, name: line.name[locale], figures: line.figures }));
  const number = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", { maximumFractionDigits: 1 });
  const orNone = (value: number | null) => (value === null ? <NoData /> : number.format(value));
  const cells = (f: ReportFigures) => (
    <>
      {COLUMNS.map((column) => (
        <td key={column} className="report-number">
          {number.format(f[column])}
        </td>
      ))}
      <td className="report-number">{orNone(onTimePercent(f))}</td>
      <td className="report-number">{orNone(f.medianWorkingDays)}</td>
    </>
  );

  return (
    <div className="report-table-wrap">
      <table className="board-table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn ?? t("columns.service")}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column} className="report-number">
                {t(`columns.${column}`)}
              </th>
            ))}
            <th scope="col" className="report-number">
              {t("columns.onTime")}
            </th>
            <th scope="col" className="report-number">
              {t("columns.medianDays")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line) => (
            <tr key={line.key}>
              <th scope="row">{line.name}</th>
              {cells(line.figures)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {cells(report.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
