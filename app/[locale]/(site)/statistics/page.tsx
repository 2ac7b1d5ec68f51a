import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import type { Locale } from "@/lib/i18n/localized";
import { figuresAt, periodStatistics } from "@/lib/transparency/period-statistics";
import { fiscalYearMonths, QUARTERS } from "@/lib/transparency/periods";
import { serviceStatistics, statisticsYears } from "@/lib/transparency/service-statistics";
import { DivisionSection } from "./_components/division-section";
import { OpenDataLinks } from "./_components/open-data-links";
import { PeriodTable } from "./_components/period-table";
import { chosenYear, monthName, numberFormat, StatisticsFrame } from "./_components/statistics-frame";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.statistics" });
  return { title: t("title") };
}

/**
 * Public service statistics per fiscal year (ข้อมูลเชิงสถิติการให้บริการ), the current year first,
 * computed from the requests themselves (lib/transparency); earlier years by `?year=`. The
 * year per division and service, then per quarter and month, counted by month of receipt.
 */
export default async function StatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.statistics");
  const years = await statisticsYears();
  const year = await chosenYear(searchParams, years);
  const [statistics, periods] = await Promise.all([serviceStatistics(year), periodStatistics(year)]);
  const n = numberFormat(locale);
  const total = statistics.total;
  const months = fiscalYearMonths(year);
  return (
    <StatisticsFrame page="service" locale={locale} year={year} years={years} asOf={statistics.asOf} heading={t("heading", { year })} lead={t("lead")}>
      <dl className="statistics__totals">
        {(
          [
            ["received", total.received],
            ["completed", total.done],
            ["onTime", total.closedOnTime],
            ["openNow", total.open + total.waiting],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(`totals.${key}`)}</dt>
            <dd>{n.format(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{t("channels", { kiosk: statistics.channels.kiosk, counter: statistics.channels.counter, online: statistics.channels.online, open311: statistics.channels.open311 })}</p>
      <section aria-labelledby="stats-periods">
        <h2 id="stats-periods">{t("periodsHeading")}</h2>
        <p className="statistics__note">{t("periodsNote")}</p>
        <BarChart
          title={t("monthChartTitle")}
          bars={months.map((m) => ({ label: monthName(locale, m), values: [figuresAt(periods, "all", m).received, figuresAt(periods, "all", m).onTime] }))}
          series={[
            { name: t("columns.received"), className: "bar-chart__bar--received" },
            { name: t("columns.onTime"), className: "bar-chart__bar--on-time" },
          ]}
        />
        <PeriodTable caption={t("quartersCaption")} rows={QUARTERS.map((q) => ({ label: t("quarter", { quarter: q.slice(1) }), figures: figuresAt(periods, "all", q) }))} locale={locale} />
        <PeriodTable caption={t("monthsCaption")} rows={months.map((m) => ({ label: monthName(locale, m), figures: figuresAt(periods, "all", m) }))} locale={locale} />
      </section>
      {statistics.divisions.map((division) => (
        <DivisionSection key={division.code} division={division} periods={periods} locale={locale} />
      ))}
      <OpenDataLinks datasets={["service-statistics", "service-statistics-monthly"]} year={year} locale={locale} />
    </StatisticsFrame>
  );
}
