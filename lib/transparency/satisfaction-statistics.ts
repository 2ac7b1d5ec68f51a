import { db } from "@/lib/db/client";
import { figuresOf, serviceGroup, divisionGroup, type Figures, type SurveySummary } from "@/lib/survey/aggregate";
import { summaryNames, surveySummary, type Names } from "@/lib/survey/load-survey";
import { freshCache } from "./fresh-cache";

/**
 * The public satisfaction results (lib/survey: months that have ended, no figure with fewer
 * than 5 answers behind it, directly or by subtraction), named, and kept like the other
 * statistics for FRESH_FOR_MS: the figures only change when a month ends.
 */
export type SatisfactionGroup = { level: "municipality" | "division" | "service"; divisionCode: string; division: Names | null; serviceCode: string; service: Names | null; figures: Figures };
export type SatisfactionStatistics = { fiscalYear: number; asOf: Date; summary: SurveySummary; groups: SatisfactionGroup[] };

export async function computeSatisfactionStatistics(fiscalYear: number, now: Date): Promise<SatisfactionStatistics> {
  const summary = await surveySummary(fiscalYear, now);
  const names = await summaryNames(summary);
  const [divisions, services] = await Promise.all([db.division.findMany({ select: { id: true, code: true } }), db.service.findMany({ select: { id: true, code: true } })]);
  const divisionCode = new Map(divisions.map((d) => [d.id, d.code]));
  const serviceCode = new Map(services.map((s) => [s.id, s.code]));
  const groups: SatisfactionGroup[] = [];
  if (summary.services.length > 0) groups.push({ level: "municipality", divisionCode: "", division: null, serviceCode: "", service: null, figures: figuresOf(summary, "all") });
  for (const divisionId of [...new Set(summary.services.map((s) => s.divisionId))]) {
    const division = names.divisions.get(divisionId) ?? null;
    groups.push({ level: "division", divisionCode: divisionCode.get(divisionId) ?? "", division, serviceCode: "", service: null, figures: figuresOf(summary, divisionGroup(divisionId)) });
    for (const s of summary.services.filter((s) => s.divisionId === divisionId)) {
      groups.push({ level: "service", divisionCode: divisionCode.get(divisionId) ?? "", division, serviceCode: serviceCode.get(s.serviceId) ?? "", service: names.services.get(s.serviceId) ?? null, figures: figuresOf(summary, serviceGroup(divisionId, s.serviceId)) });
    }
  }
  return { fiscalYear, asOf: now, summary, groups };
}

export const satisfactionCache = freshCache("satisfaction-statistics", computeSatisfactionStatistics);
export const satisfactionStatistics = (fiscalYear: number, now = new Date()) => satisfactionCache.get(fiscalYear, now);
