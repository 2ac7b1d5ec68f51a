import { chooseReportScope, type ReportScope } from "@/lib/reports/choose-report";
import { parseReportQuery } from "@/lib/reports/report-query";
import type { CatalogueDivision } from "@/lib/services/catalogue";
import type { StaffPrincipal } from "@/lib/staff/policy";
import type { SurveySummary } from "./aggregate";
import { surveyComments, surveySummary, surveyYears } from "./load-survey";

export type SatisfactionReport = {
  scope: ReportScope<CatalogueDivision>;
  /** Only the cells of the divisions in scope (and the municipality's, for a municipality-wide view). */
  summary: SurveySummary;
  /** "year", or a month of the fiscal year (YYYY-MM). */
  period: string;
  years: number[];
  /** One division's comments when its year is shown; none on a combined view. */
  comments: string[];
};

/**
 * The staff satisfaction report for this person and query (`?division=&year=&month=`):
 * the same choice of divisions as the service report (`reports.view`: HEADs their own,
 * ADMINs all), or null, which the page answers with "not found". Suppression is decided
 * over the whole municipality's year first, then the other divisions' cells are dropped,
 * so a head's view hides exactly what the public summary hides.
 */
export async function satisfactionReport(
  staff: StaffPrincipal,
  allDivisions: readonly CatalogueDivision[],
  params: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): Promise<SatisfactionReport | null> {
  const scope = chooseReportScope(staff, allDivisions, parseReportQuery(params), now);
  if (!scope) return null;
  const [full, years] = await Promise.all([surveySummary(scope.fiscalYear, now), surveyYears()]);
  const included = new Set(scope.included.map((division) => division.id));
  const inScope = (key: string) => {
    const group = key.split("|")[0]!;
    if (group === "all") return scope.municipality;
    return included.has(Number(group.slice(1).split(":")[0]));
  };
  const summary: SurveySummary = {
    ...full,
    services: full.services.filter((s) => included.has(s.divisionId)),
    cells: Object.fromEntries(Object.entries(full.cells).filter(([key]) => inScope(key))),
  };
  const month = typeof params.month === "string" && summary.months.includes(params.month) ? params.month : "year";
  const comments = scope.combined ? [] : await surveyComments(full, scope.included[0]!.id, now);
  return { scope, summary, period: month, years, comments };
}
