import { SURVEY_DIMENSIONS, type SurveyDimension } from "./questions";

/**
 * Survey figures for a fiscal year, safe to show: no figure rests on fewer than
 * MIN_RESPONSES answers, directly or by subtraction. Pure; the rows come from
 * load-survey.ts.
 *
 * Groups nest: the municipality ("all"), each division ("d<id>"), and each service within
 * the division it was routed to ("s<division>:<service>"); each for the whole year ("year")
 * or one month ("YYYY-MM"). A group with 1-4 answers is hidden ("fewer"). Then, because a
 * shown total minus its shown parts gives the hidden ones, wherever the hidden parts of a
 * total add up to 1-4 answers the smallest shown part is hidden too ("protects"), until no
 * total leaves a small remainder (every total: division = its services, municipality = its
 * divisions, year = its months).
 */
export const MIN_RESPONSES = 5;

export type SurveyRow = { serviceId: number; divisionId: number; month: string } & Record<SurveyDimension, number>;

/** How many answers gave 1, 2, 3, 4 and 5. */
export type Distribution = [number, number, number, number, number];

export type ShownFigures = {
  shown: true;
  count: number;
  means: Record<SurveyDimension, number>;
  distribution: Record<SurveyDimension, Distribution>;
};
/** "fewer": fewer than MIN_RESPONSES answers; "protects": hidden so a smaller group's figures cannot be worked out; "none": no answers. */
export type HiddenFigures = { shown: false; reason: "none" | "fewer" | "protects" };
export type Figures = ShownFigures | HiddenFigures;

export type GroupKey = "all" | `d${number}` | `s${number}:${number}`;
export type Period = "year" | string;

export type SurveySummary = {
  fiscalYear: number;
  /** The fiscal year's months, October first (YYYY-MM). */
  months: string[];
  /** The division and service pairs with at least one answer. */
  services: { divisionId: number; serviceId: number }[];
  /** Shown or hidden figures by `cellKey(group, period)`; absent: no answers. */
  cells: Record<string, Figures>;
};

export const cellKey = (group: GroupKey, period: Period) => `${group}|${period}`;
export const divisionGroup = (divisionId: number): GroupKey => `d${divisionId}`;
export const serviceGroup = (divisionId: number, serviceId: number): GroupKey => `s${divisionId}:${serviceId}`;

export function figuresOf(summary: SurveySummary, group: GroupKey, period: Period = "year"): Figures {
  return summary.cells[cellKey(group, period)] ?? { shown: false, reason: "none" };
}

/** The twelve months of a fiscal year (named by its Buddhist year), October to September. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const endYear = fiscalYear - 543;
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 9) % 12) + 1;
    return `${month >= 10 ? endYear - 1 : endYear}-${String(month).padStart(2, "0")}`;
  });
}

type Tally = { count: number; sums: Record<SurveyDimension, number>; distribution: Record<SurveyDimension, Distribution> };

const emptyTally = (): Tally => ({
  count: 0,
  sums: Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, 0])) as Record<SurveyDimension, number>,
  distribution: Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, [0, 0, 0, 0, 0]])) as Record<SurveyDimension, Distribution>,
});

/** The figures for these rows (rows outside the fiscal year's months are ignored). */
export function summariseSurvey(rows: readonly SurveyRow[], fiscalYear: number): SurveySummary {
  const months = fiscalYearMonths(fiscalYear);
  const inYear = new Set(months);
  const tallies = new Map<string, Tally>();
  const services = new Map<string, { divisionId: number; serviceId: number }>();
  for (const row of rows) {
    if (!inYear.has(row.month)) continue;
    services.set(serviceGroup(row.divisionId, row.serviceId), { divisionId: row.divisionId, serviceId: row.serviceId });
    for (const group of ["all", divisionGroup(row.divisionId), serviceGroup(row.divisionId, row.serviceId)] as GroupKey[]) {
      for (const period of ["year", row.month]) add(tallies, cellKey(group, period), row);
    }
  }
  const counts = new Map([...tallies].map(([key, tally]) => [key, tally.count]));
  const hidden = hiddenCells(counts, totals(months, [...services.values()]));
  const cells: Record<string, Figures> = {};
  for (const [key, tally] of tallies) {
    const reason = hidden.get(key);
    cells[key] = reason ? { shown: false, reason } : shown(tally);
  }
  return { fiscalYear, months, services: [...services.values()].sort((a, b) => a.divisionId - b.divisionId || a.serviceId - b.serviceId), cells };
}

function add(tallies: Map<string, Tally>, key: string, row: SurveyRow): void {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = emptyTally()));
  tally.count += 1;
  for (const dimension of SURVEY_DIMENSIONS) {
    const rating = row[dimension];
    tally.sums[dimension] += rating;
    tally.distribution[dimension][rating - 1]! += 1;
  }
}

function shown(tally: Tally): ShownFigures {
  const means = Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, Math.round((tally.sums[d] / tally.count) * 100) / 100])) as Record<SurveyDimension, number>;
  return { shown: true, count: tally.count, means, distribution: tally.distribution };
}

/** Every published total and the parts that add up to it. */
type Total = { total: string; parts: string[] };

function totals(months: string[], services: { divisionId: number; serviceId: number }[]): Total[] {
  const divisions = [...new Set(services.map((s) => s.divisionId))];
  const groups: GroupKey[] = ["all", ...divisions.map(divisionGroup), ...services.map((s) => serviceGroup(s.divisionId, s.serviceId))];
  const lines: Total[] = [];
  for (const period of ["year", ...months]) {
    lines.push({ total: cellKey("all", period), parts: divisions.map((d) => cellKey(divisionGroup(d), period)) });
    for (const division of divisions) {
      const parts = services.filter((s) => s.divisionId === division).map((s) => cellKey(serviceGroup(s.divisionId, s.serviceId), period));
      lines.push({ total: cellKey(divisionGroup(division), period), parts });
    }
  }
  for (const group of groups) lines.push({ total: cellKey(group, "year"), parts: months.map((m) => cellKey(group, m)) });
  return lines;
}

/**
 * Small cells, then the smallest shown part of any total whose hidden parts add up to
 * 1..MIN_RESPONSES-1, repeated until nothing changes (hiding only grows, so it ends). A
 * total's own visibility is not trusted here: a hidden total can often be worked out from
 * others, so its parts are protected all the same.
 */
export function hiddenCells(counts: ReadonlyMap<string, number>, lines: readonly Total[]): Map<string, "fewer" | "protects"> {
  const hidden = new Map<string, "fewer" | "protects">();
  for (const [key, count] of counts) if (count > 0 && count < MIN_RESPONSES) hidden.set(key, "fewer");
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const parts = line.parts.filter((key) => (counts.get(key) ?? 0) > 0);
      const remainder = parts.filter((key) => hidden.has(key)).reduce((sum, key) => sum + counts.get(key)!, 0);
      // A hidden total whose parts are all shown is their sum: hidden in name only, it would
      // give away a small group beside it in the total above (all minus the other division).
      const sumOfShown = hidden.has(line.total) && remainder === 0 && parts.length > 0;
      if (!sumOfShown && (remainder === 0 || remainder >= MIN_RESPONSES)) continue;
      const smallest = parts.filter((key) => !hidden.has(key)).sort((a, b) => counts.get(a)! - counts.get(b)! || a.localeCompare(b))[0];
      if (smallest) {
        hidden.set(smallest, "protects");
        changed = true;
      }
    }
  }
  return hidden;
}
