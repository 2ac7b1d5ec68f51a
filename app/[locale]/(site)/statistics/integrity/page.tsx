import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import { REPORT_OUTCOMES } from "@/lib/integrity/content";
import type { Locale } from "@/lib/i18n/localized";
import { integrityStatistics } from "@/lib/transparency/integrity-statistics";
import { HALVES, QUARTERS } from "@/lib/transparency/periods";
import { statisticsYears } from "@/lib/transparency/service-statistics";
import { OpenDataLinks } from "../_components/open-data-links";
import { chosenYear, dash, numberFormat, StatisticsFrame } from "../_components/statistics-frame";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.integrity" });
  return { title: t("title") };
}

/**
 * Corruption-report statistics (สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ): received, completed
 * and in progress per fiscal year, half-year and quarter, the time to a first response, and
 * the year's outcomes with small cells hidden (lib/transparency/integrity-figures.ts).
 */
export default async function IntegrityStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.integrity");
  const years = await statisticsYears();
  const year = await chosenYear(searchParams, years);
  const s = await integrityStatistics(year);
  const n = numberFormat(locale);
  const label = (period: string) => (period === "year" ? t("wholeYear") : period.startsWith("H") ? t("half", { half: period.slice(1) }) : t("quarter", { quarter: period.slice(1) }));
  return (
    <StatisticsFrame page="integrity" locale={locale} year={year} years={years} asOf={s.asOf} heading={t("heading", { year })} lead={t("lead")}>
      <BarChart
        title={t("chartTitle")}
        bars={QUARTERS.map((q) => ({ label: label(q), values: [s.periods.get(q)!.received, s.periods.get(q)!.completed] }))}
        series={[
          { name: t("columns.received"), className: "bar-chart__bar--received" },
          { name: t("columns.completed"), className: "bar-chart__bar--on-time" },
        ]}
      />
      <div className="statistics__table-wrap">
        <table>
          <caption>{t("periodsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.period")}</th>
              {(["received", "completed", "inProgress", "medianDays"] as const).map((c) => (
                <th scope="col" key={c} className="statistics__number">{t(`columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {["year", ...HALVES, ...QUARTERS].map((period) => {
              const f = s.periods.get(period)!;
              return (
                <tr key={period}>
                  <th scope="row">{label(period)}</th>
                  <td className="statistics__number">{n.format(f.received)}</td>
                  <td className="statistics__number">{n.format(f.completed)}</td>
                  <td className="statistics__number">{n.format(f.inProgress)}</td>
                  <td className="statistics__number">{dash(f.medianDaysToResponse, n)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>{t("outcomesHeading")}</h2>
      <div className="statistics__table-wrap">
        <table>
          <caption>{t("outcomesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.outcome")}</th>
              <th scope="col" className="statistics__number">{t("columns.count")}</th>
            </tr>
          </thead>
          <tbody>
            {REPORT_OUTCOMES.map((o) => {
              const c = s.outcomes[o];
              return (
                <tr key={o}>
                  <th scope="row">{t(`outcome.${o}`)}</th>
                  <td className="statistics__number">{c.shown ? n.format(c.count) : t("suppressed")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="statistics__note">{t("note")}</p>
      <OpenDataLinks datasets={["integrity-statistics"]} year={year} locale={locale} />
    </StatisticsFrame>
  );
}
