import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { DivisionReport } from "@/lib/reports/division-report";
import { onTimePercent } from "@/lib/reports/summarise";
import { NoData } from "./no-data";

/** The headline figures above the table: the period, what came in, and how much was on time. */
export async function ReportSummary({ report, locale }: { report: DivisionReport; locale: Locale }) {
  const t = await getTranslations("reports");
  const date = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
  const day = (value: string) => date.format(new Date(`${value}T00:00:00Z`));
  const count = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB");
  const { total } = report;
  const percent = onTimePercent(total);
  const closed = total.done + total.rejected;

  return (
    <section aria-label={t("summaryLabel")}>
      <p className="report-period">
        {t("period", { start: day(report.period.start), end: day(report.period.end) })}
        <br />
        {t("asOf", { date: day(report.today) })}
      </p>
      <dl className="report-summary">
        <div>
          <dt>{t("received")}</dt>
          <dd data-testid="report-received">{count.format(total.received)}</dd>
        </div>
        <div>
          <dt>{t("onTime")}</dt>
          <dd>{percent === null ? <NoData /> : t("onTimeValue", { percent, onTime: total.closedOnTime, closed })}</dd>
        </div>
        <div className={total.overdueNow > 0 ? "report-summary__overdue" : undefined}>
          <dt>{t("overdueNow")}</dt>
          <dd>{count.format(total.overdueNow)}</dd>
        </div>
        <div>
          <dt>{t("medianDays")}</dt>
          <dd>{total.medianWorkingDays === null ? <NoData /> : t("medianValue", { days: total.medianWorkingDays })}</dd>
        </div>
        <div className="report-summary__channels">
          <dt>{t("channels")}</dt>
          <dd>{t("channelValue", report.channels)}</dd>
        </div>
      </dl>
    </section>
  );
}
