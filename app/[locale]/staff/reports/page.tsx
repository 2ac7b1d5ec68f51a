import "../_board/board.css";
import "./reports.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { chooseReport } from "@/lib/reports/choose-report";
import { divisionReport, reportYears } from "@/lib/reports/division-report";
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
 * A division's service report for a fiscal year (HEAD for their divisions, ADMIN for all):
 * aggregates only, no personal data. Anyone else gets "not found".
 */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = parseReportQuery(await searchParams);
  const choice = chooseReport(staff, [...(await catalogueSnapshot()).divisions.values()], query);
  if (!choice) notFound();
  const { division, fiscalYear, divisions } = choice;
  const [report, years] = await Promise.all([divisionReport(division.id, fiscalYear), reportYears(division.id)]);
  const t = await getTranslations("reports");
  const divisionName = locale === "th" ? division.nameTh : division.nameEn;

  return (
    <div className="staff-page reports">
      <h1>{t("heading", { division: divisionName })}</h1>
      <ReportFilters divisions={divisions} division={division.code} years={years} year={fiscalYear} locale={locale} />
      <ReportSummary report={report} locale={locale} />
      <ReportTable report={report} locale={locale} caption={t("caption", { division: divisionName, year: fiscalYear })} />
      {report.total.received > 0 ? (
        <p>
          <a className="button button--secondary" href={getPathname({ href: { pathname: "/staff/reports/export", query: { division: division.code, year: fiscalYear } }, locale })} download>
            {t("export")}
          </a>{" "}
          <span className="form-help">{t("exportHint")}</span>
        </p>
      ) : null}
      <p className="form-help">{t("notes")}</p>
    </div>
  );
}
