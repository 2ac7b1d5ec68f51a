import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import type { Locale } from "@/lib/i18n/localized";
import { COMPLAINT_OUTCOMES, type ComplaintFigures } from "@/lib/transparency/complaint-figures";
import { complaintStatistics } from "@/lib/transparency/complaint-statistics";
import { QUARTERS } from "@/lib/transparency/periods";
import { statisticsYears } from "@/lib/transparency/service-statistics";
import { OpenDataLinks } from "../_components/open-data-links";
import { chosenYear, dash, numberFormat, StatisticsFrame } from "../_components/statistics-frame";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.complaints" });
  return { title: t("title") };
}

/** Complaint statistics (สถิติเรื่องร้องเรียน) per quarter, by topic and outcome, with the time to the first response. */
export default async function ComplaintStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.complaints");
  const years = await statisticsYears();
  const year = await chosenYear(searchParams, years);
  const s = await complaintStatistics(year);
  const n = numberFormat(locale);
  const cell = (topic: string, period: string) => s.cells.get(`${topic}|${period}`);
  const topics = s.topics.filter((topic) => cell(topic.value, "year"));
  const row = (label: string, f: ComplaintFigures | undefined) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="statistics__number">{n.format(f?.received ?? 0)}</td>
      {COMPLAINT_OUTCOMES.map((o) => (
        <td key={o} className="statistics__number">{n.format(f?.outcomes[o] ?? 0)}</td>
      ))}
      <td className="statistics__number">{n.format(f?.respondedOnTime ?? 0)}</td>
      <td className="statistics__number">{dash(f?.medianDaysToResponse ?? null, n)}</td>
    </tr>
  );
  const table = (caption: string, rows: React.ReactNode) => (
    <div className="statistics__table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.group")}</th>
            <th scope="col" className="statistics__number">{t("columns.received")}</th>
            {COMPLAINT_OUTCOMES.map((o) => (
              <th scope="col" key={o} className="statistics__number">{t(`outcome.${o}`)}</th>
            ))}
            <th scope="col" className="statistics__number">{t("columns.respondedOnTime")}</th>
            <th scope="col" className="statistics__number">{t("columns.medianDays")}</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
  return (
    <StatisticsFrame page="complaints" locale={locale} year={year} years={years} asOf={s.asOf} heading={t("heading", { year })} lead={t("lead")}>
      {!cell("all", "year") ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <BarChart
            title={t("chartTitle")}
            bars={QUARTERS.map((q) => ({ label: t("quarter", { quarter: q.slice(1) }), values: [cell("all", q)?.received ?? 0, cell("all", q)?.outcomes.answered ?? 0] }))}
            series={[
              { name: t("columns.received"), className: "bar-chart__bar--received" },
              { name: t("outcome.answered"), className: "bar-chart__bar--on-time" },
            ]}
          />
          {table(t("quartersCaption"), [...QUARTERS.map((q) => row(t("quarter", { quarter: q.slice(1) }), cell("all", q))), row(t("wholeYear"), cell("all", "year"))])}
          <h2>{t("byTopic")}</h2>
          {table(t("topicsCaption"), topics.map((topic) => row(topic.name[locale], cell(topic.value, "year"))))}
          {QUARTERS.filter((q) => cell("all", q)).map((q) => (
            <section key={q} aria-labelledby={`complaints-${q}`}>
              <h3 id={`complaints-${q}`}>{t("quarter", { quarter: q.slice(1) })}</h3>
              {table(t("topicsQuarterCaption", { quarter: q.slice(1) }), topics.filter((topic) => cell(topic.value, q)).map((topic) => row(topic.name[locale], cell(topic.value, q))))}
            </section>
          ))}
        </>
      )}
      <p className="statistics__note">{t("note")}</p>
      <OpenDataLinks datasets={["complaint-statistics"]} year={year} locale={locale} />
    </StatisticsFrame>
  );
}
