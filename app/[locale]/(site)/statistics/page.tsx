import "./statistics.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { serviceStatistics, statisticsYears } from "@/lib/transparency/service-statistics";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.statistics" });
  return { title: t("title") };
}

/**
 * Public service statistics per fiscal year (ข้อมูลเชิงสถิติการให้บริการ), the current year first,
 * computed from the requests themselves (lib/transparency); earlier years by `?year=`.
 */
export default async function StatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.statistics");
  const years = await statisticsYears();
  const asked = Number((await searchParams).year);
  const year = years.includes(asked) ? asked : years[0]!;
  const statistics = await serviceStatistics(year);
  const number = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB");
  const asOf = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Bangkok" }).format(statistics.asOf);
  const total = statistics.total;
  return (
    <article className="statistics">
      <h1>{t("heading", { year })}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="statistics__as-of">{t("asOf", { at: asOf })}</p>
      <nav aria-label={t("years")} className="statistics__years">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={`/statistics?year=${y}`} aria-current={y === year ? "page" : undefined}>
                {t("year", { year: y })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
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
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{t("channels", { kiosk: statistics.channels.kiosk, counter: statistics.channels.counter, online: statistics.channels.online, open311: statistics.channels.open311 })}</p>
      {statistics.divisions.map((division) => {
        const services = division.services.filter((s) => s.figures.received > 0);
        return (
          <section key={division.code} aria-labelledby={`stats-${division.code}`}>
            <h2 id={`stats-${division.code}`}>{division.name[locale]}</h2>
            {services.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <>
                <BarChart
                  title={t("chartTitle", { division: division.name[locale] })}
                  bars={services.map((s) => ({ label: s.name[locale], values: [s.figures.received, s.figures.closedOnTime] }))}
                  series={[
                    { name: t("columns.received"), className: "bar-chart__bar--received" },
                    { name: t("columns.onTime"), className: "bar-chart__bar--on-time" },
                  ]}
                />
                <div className="statistics__table-wrap">
                  <table>
                    <caption>{t("tableCaption", { division: division.name[locale] })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("columns.service")}</th>
                        {(["received", "completed", "onTime", "medianDays", "openNow"] as const).map((column) => (
                          <th scope="col" key={column} className="statistics__number">
                            {t(`columns.${column}`)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {services.map((s) => (
                        <tr key={s.code}>
                          <th scope="row">{s.name[locale]}</th>
                          <td className="statistics__number">{number.format(s.figures.received)}</td>
                          <td className="statistics__number">{number.format(s.figures.done)}</td>
                          <td className="statistics__number">{number.format(s.figures.closedOnTime)}</td>
                          <td className="statistics__number">{s.figures.medianWorkingDays === null ? "–" : number.format(s.figures.medianWorkingDays)}</td>
                          <td className="statistics__number">{number.format(s.figures.open + s.figures.waiting)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        );
      })}
      <p className="statistics__open-data">
        {t("openData")} <a href={`/open-data/service-statistics-${year}.csv`}>CSV</a> · <a href={`/open-data/service-statistics-${year}.json`}>JSON</a>
      </p>
    </article>
  );
}
