import "../_board/board.css";
import "./reports.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { chooseReportScope } from "@/lib/reports/choose-report";
import { divisionsReport, reportYears } from "@/lib/reports/division-report";
import { parseReportQuery } from "@/lib/reports/report-query";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { requireStaff } from "@/lib/staff/session";
import { ReportFilters } from "./_components/report-filters";
import { ReportSummary } from "./_components/report-summary";
import { ReportTable } from "./_components/report-table";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reports" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * A division's service report for a fiscal year (HEAD for their divisions, ADMIN for all),
 * or the total across divisions (`?division=all`: the municipality's for an ADMIN, a head's
 * divisions summed): aggregates only, no personal data. Anyone else gets "not found".
 */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = parseReportQuery(await searchParams);
  const allDivisions = [...(await catalogueSnapshot()).divisions.values()];
  const scope = chooseReportScope(staff, allDivisions, query);
  if (!scope) notFound();
  const { fiscalYear, divisions } = scope;
  const ids = scope.included.map((division) => division.id);
  const [report, years] = await Promise.all([divisionsReport(ids, fiscalYear), reportYears(ids)]);
  const t = await getTranslations("reports");
  const nameOf = (division: { nameTh: string; nameEn: string }) => (locale === "th" ? division.nameTh : division.nameEn);
  const allLabel = divisions.length === allDivisions.length ? t("allDivisions") : t("myDivisions");
  const divisionName = scope.combined ? allLabel : nameOf(scope.included[0]!);

  return (
    <div className="staff-page reports">
      <h1>{t("heading", { division: divisionName })}</h1>
      <ReportFilters divisions={divisions} division={scope.key} years={years} year={fiscalYear} locale={locale} allLabel={allLabel} />
      <ReportSummary report={report} locale={locale} />
      {scope.combined ? (
        <ReportTable
          report={report}
          locale={locale}
          caption={t("divisionsCaption", { year: fiscalYear })}
          firstColumn={t("divisionColumn")}
          lines={report.divisions.map((line, index) => ({ key: scope.included[index]!.code, name: nameOf(scope.included[index]!), figures: line.figures }))}
        />
      ) : null}
      <ReportTable report={report} locale={locale} caption={t("caption", { division: divisionName, year: fiscalYear })} />
      {report.total.received > 0 ? (
        <p>
          <a className="button button--secondary" href={getPathname({ href: { pathname: "/staff/reports/export", query: { division: scope.key, year: fiscalYear } }, locale })} download>
            {t("export")}
          </a>{" "}
          <span className="form-help">{t("exportHint")}</span>
        </p>
      ) : null}
      <p className="form-help">{t("notes")}</p>
      <p>
        <a href={getPathname({ href: { pathname: "/staff/reports/satisfaction", query: { year: fiscalYear } }, locale })}>{(await getTranslations("survey.staff"))("link")}</a>
      </p>
    </div>
  );
}
