import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { CHANNELS, type PeriodFigures } from "@/lib/transparency/period-figures";
import { figuresAt, periodStatistics } from "@/lib/transparency/period-statistics";
import { fiscalYearMonths } from "@/lib/transparency/periods";
import { statisticsYears } from "@/lib/transparency/service-statistics";
import { OpenDataLinks } from "../_components/open-data-links";
import { chosenYear, monthName, numberFormat, StatisticsFrame } from "../_components/statistics-frame";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.eService" });
  return { title: t("title") };
}

/** E-Service use (สถิติการใช้งาน E-Service): online filings per month and per service, beside the other channels. */
export default async function EServiceStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.eService");
  const channels = await getTranslations("transparency.common.channel");
  const years = await statisticsYears();
  const year = await chosenYear(searchParams, years);
  const s = await periodStatistics(year);
  const n = numberFormat(locale);
  const months = fiscalYearMonths(year);
  const services = s.divisions.flatMap((d) => d.services).map((sv) => ({ ...sv, year: figuresAt(s, sv.key, "year") }));
  services.sort((a, b) => b.year.byChannel.online - a.year.byChannel.online || b.year.received - a.year.received);
  const table = (caption: string, first: string, rows: { key: string; label: string; f: PeriodFigures }[]) => (
    <div className="statistics__table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {CHANNELS.map((c) => (
              <th scope="col" key={c} className="statistics__number">{channels(c)}</th>
            ))}
            <th scope="col" className="statistics__number">{t("total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, f }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {CHANNELS.map((c) => (
                <td key={c} className="statistics__number">{n.format(f.byChannel[c])}</td>
              ))}
              <td className="statistics__number">{n.format(f.received)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const all = figuresAt(s, "all", "year");
  return (
    <StatisticsFrame page="eService" locale={locale} year={year} years={years} asOf={s.asOf} heading={t("heading", { year })} lead={t("lead")}>
      <p>{t("summary", { online: all.byChannel.online, total: all.received })}</p>
      <p>
        <Link href="/e-service">{t("toEService")}</Link> · <Link href="/e-service/manual">{t("toManual")}</Link>
      </p>
      <BarChart
        title={t("chartTitle")}
        bars={months.map((m) => {
          const f = figuresAt(s, "all", m);
          return { label: monthName(locale, m), values: [f.byChannel.online, f.received - f.byChannel.online] };
        })}
        series={[
          { name: channels("online"), className: "bar-chart__bar--online" },
          { name: t("otherChannels"), className: "bar-chart__bar--other" },
        ]}
      />
      {table(t("monthsCaption"), t("month"), months.map((m) => ({ key: m, label: monthName(locale, m), f: figuresAt(s, "all", m) })))}
      <h2>{t("byService")}</h2>
      {services.length === 0 ? <p>{t("empty")}</p> : table(t("servicesCaption"), t("service"), services.map((sv) => ({ key: sv.code, label: sv.name[locale], f: sv.year })))}
      <OpenDataLinks datasets={["e-service-usage"]} year={year} locale={locale} />
    </StatisticsFrame>
  );
}
