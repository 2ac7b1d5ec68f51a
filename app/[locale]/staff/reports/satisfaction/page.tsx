import "../../_board/board.css";
import "../reports.css";
import "@/app/_components/satisfaction.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SatisfactionFigures } from "@/app/_components/satisfaction-figures";
import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { requireStaff } from "@/lib/staff/session";
import { divisionGroup, figuresOf, serviceGroup } from "@/lib/survey/aggregate";
import { summaryNames } from "@/lib/survey/load-survey";
import { satisfactionReport } from "@/lib/survey/satisfaction-report";
import { MonthTable } from "./month-table";
import { SatisfactionFilters } from "./satisfaction-filters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "survey.staff" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * Satisfaction survey results for HEADs (their divisions) and ADMINs (all): a fiscal year or
 * one of its months, per division and service, and by month; aggregated and suppressed
 * exactly as the public summary (lib/survey/aggregate.ts). Anyone else gets "not found",
 * as for the service report. No answer is ever listed with its ratings.
 */
export default async function SatisfactionReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const allDivisions = [...(await catalogueSnapshot()).divisions.values()];
  const report = await satisfactionReport(staff, allDivisions, await searchParams);
  if (!report) notFound();
  const { scope, summary, period: month, years, comments } = report;
  const names = await summaryNames(summary);
  const t = await getTranslations("survey.staff");
  const nameOf = (division: { nameTh: string; nameEn: string }) => (locale === "th" ? division.nameTh : division.nameEn);
  const heading = scope.municipality ? t("municipality") : scope.combined ? scope.included.map(nameOf).join(", ") : nameOf(scope.included[0]!);

  return (
    <div className="staff-page reports">
      <h1>{t("heading", { division: heading })}</h1>
      <SatisfactionFilters locale={locale} divisions={scope.divisions} division={scope.key} years={years} year={scope.fiscalYear} months={summary.months} month={month} allLabel={(await getTranslations("reports"))(scope.divisions.length === allDivisions.length ? "allDivisions" : "myDivisions")} />
      {scope.municipality ? <SatisfactionFigures figures={figuresOf(summary, "all", month)} name={t("municipality")} locale={locale} headingLevel={2} /> : null}
      {scope.included.map((division) => {
        const services = summary.services.filter((s) => s.divisionId === division.id);
        return (
          <section key={division.code} aria-labelledby={`division-${division.code}`} data-testid={`division-${division.code}`}>
            <h2 id={`division-${division.code}`}>{nameOf(division)}</h2>
            <SatisfactionFigures figures={figuresOf(summary, divisionGroup(division.id), month)} name={nameOf(division)} locale={locale} headingLevel={3} />
            {month === "year" ? <MonthTable summary={summary} group={divisionGroup(division.id)} locale={locale} caption={`${nameOf(division)}: ${t("byMonth")}`} /> : null}
            {services.length > 0 ? <h3>{t("byService")}</h3> : null}
            {services.map((s) => (
              <SatisfactionFigures key={s.serviceId} figures={figuresOf(summary, serviceGroup(s.divisionId, s.serviceId), month)} name={names.services.get(s.serviceId)?.[locale] ?? String(s.serviceId)} locale={locale} headingLevel={4} />
            ))}
          </section>
        );
      })}
      {!scope.combined ? (
        <section aria-labelledby="survey-comments">
          <h2 id="survey-comments">{t("comments", { count: comments.length })}</h2>
          {figuresOf(summary, divisionGroup(scope.included[0]!.id)).shown ? (
            <>
              <p className="form-help">{t("commentsNote")}</p>
              <ul className="survey-comments">
                {comments.map((comment, index) => (
                  <li key={index} style={{ whiteSpace: "pre-line" }}>
                    {comment}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="satisfaction-hidden">{t("commentsHidden")}</p>
          )}
        </section>
      ) : null}
      <p className="form-help">{t("notes")}</p>
    </div>
  );
}
