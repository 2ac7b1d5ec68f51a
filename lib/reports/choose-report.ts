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
