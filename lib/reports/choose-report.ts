import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import type { ReportQuery } from "./report-query";

type Division = { id: number; code: string; nameTh: string; nameEn: string };

export type ReportChoice<D extends Division> = { division: D; fiscalYear: number; divisions: D[] };

/**
 * Which division's report this person gets for this query: one of theirs (every one for an
 * ADMIN), the first when none is asked for. Null when they may see no report, or asked for
 * a division they may not see: the page answers "not found" rather than another division.
 */
export function chooseReport<D extends Division>(staff: StaffPrincipal, all: readonly D[], query: ReportQuery, now = new Date()): ReportChoice<D> | null {
  const divisions = all.filter((division) => can(staff, "reports.view", division.id)).sort((a, b) => a.id - b.id);
  const division = query.division === undefined ? divisions[0] : divisions.find((d) => d.code === query.division);
  if (!division) return null;
  return { division, fiscalYear: query.year ?? fiscalYearOf(bangkokDate(now)), divisions };
}

/** `?division=all`: the combined report (lower case: no division code can be it). */
export const ALL_DIVISIONS = "all";

/** What a report covers: one division, or the sum of several (`key` is the code, or "all"). */
export type ReportScope<D extends Division> = { key: string; included: D[]; combined: boolean; municipality: boolean; fiscalYear: number; divisions: D[] };

/**
 * The report for this query, one division or the total across divisions: for an ADMIN the
 * municipality's, for a head of several divisions the sum of theirs (the same
 * `can(reports.view)` as one division's, so never wider). "all" for someone with a single
 * division, or no report at all, is null: the page answers "not found".
 */
export function chooseReportScope<D extends Division>(staff: StaffPrincipal, all: readonly D[], query: ReportQuery, now = new Date()): ReportScope<D> | null {
  if (query.division === ALL_DIVISIONS) {
    const choice = chooseReport(staff, all, { ...query, division: undefined }, now);
    if (!choice || choice.divisions.length < 2) return null;
    return { key: ALL_DIVISIONS, included: choice.divisions, combined: true, municipality: choice.divisions.length === all.length, fiscalYear: choice.fiscalYear, divisions: choice.divisions };
  }
  const choice = chooseReport(staff, all, query, now);
  if (!choice) return null;
  return { key: choice.division.code, included: [choice.division], combined: false, municipality: false, fiscalYear: choice.fiscalYear, divisions: choice.divisions };
}
