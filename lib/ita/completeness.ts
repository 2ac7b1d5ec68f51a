import { liveLinks } from "./live-links";

/**
 * Whether an item has what the assessor needs: a live item when the system publishes it
 * (its key has pages), an evidence item when at least one document or link is attached.
 * Pure, so the public page, the checklist and the reminders agree on one rule.
 */
export type ItemForCompleteness = { key: string; source: string; divisionId: number; evidenceCount: number };

export function isComplete(item: ItemForCompleteness, fiscalYear: number): boolean {
  if (item.source === "live") return liveLinks(item.key, fiscalYear).length > 0;
  return item.evidenceCount > 0;
}

export type YearCompleteness = { total: number; complete: number; missingByDivision: Map<number, string[]> };

/** The year's totals and, per division, the keys still missing (in the order given). */
export function summarise(items: readonly ItemForCompleteness[], fiscalYear: number): YearCompleteness {
  const missingByDivision = new Map<number, string[]>();
  let complete = 0;
  for (const item of items) {
    if (isComplete(item, fiscalYear)) complete++;
    else missingByDivision.set(item.divisionId, [...(missingByDivision.get(item.divisionId) ?? []), item.key]);
  }
  return { total: items.length, complete, missingByDivision };
}
