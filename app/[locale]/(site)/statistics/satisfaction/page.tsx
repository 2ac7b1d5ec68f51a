import "@/app/_components/satisfaction.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import { SatisfactionFigures } from "@/app/_components/satisfaction-figures";
import type { Locale } from "@/lib/i18n/localized";
import { QUESTIONS, SURVEY_DIMENSIONS } from "@/lib/survey/questions";
import { satisfactionStatistics } from "@/lib/transparency/satisfaction-statistics";
import { statisticsYears } from "@/lib/transparency/service-statistics";
import { OpenDataLinks } from "../_components/open-data-links";
import { chosenYear, StatisticsFrame } from "../_components/statistics-frame";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.satisfaction" });
  return { title: t("title") };
}

/**
 * Satisfaction results (รายงานผลการสำรวจความพึงพอใจ) of a fiscal year: the survey's counts,
 * mean per question and spread of ratings (lib/survey), only where 5 or more answers
 * stand behind a figure; the means also as a chart.
 */
export default async function SatisfactionStatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.satisfaction");
  const years = await statisticsYears();
  const year = await chosenYear(searchParams, years);
  const s = await satisfactionStatistics(year);
  const overall = s.groups.find((g) => g.level === "municipality");
  return (
    <StatisticsFrame page="satisfaction" locale={locale} year={year} years={years} asOf={s.asOf} heading={t("heading", { year })} lead={t("lead")}>
      {!overall ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          {overall.figures.shown ? (
            <BarChart
              title={t("chartTitle")}
              max={5}
              bars={SURVEY_DIMENSIONS.map((d) => ({ label: QUESTIONS[d][locale], values: [(overall.figures as { means: Record<string, number> }).means[d]!] }))}
              series={[{ name: t("mean"), className: "bar-chart__bar--on-time" }]}
            />
          ) : null}
          {s.groups.map((g) => (
            <SatisfactionFigures
              key={`${g.level}:${g.divisionCode}:${g.serviceCode}`}
              figures={g.figures}
              name={g.level === "municipality" ? t("overall") : g.level === "division" ? g.division![locale] : `${g.service?.[locale] ?? g.serviceCode} (${g.division?.[locale] ?? ""})`}
              locale={locale}
              headingLevel={g.level === "service" ? 3 : 2}
            />
          ))}
        </>
      )}
      <OpenDataLinks datasets={["satisfaction"]} year={year} locale={locale} />
    </StatisticsFrame>
  );
}
