/**
 * The rows a new fiscal year starts with, copied from another year's list: same keys,
 * numbers, titles, checks, divisions and sources (the ADMIN then renumbers what the new
 * list changed). Evidence is never copied: each year needs its own. Keys the target year
 * already has are left alone, so copying twice adds nothing.
 */
export type ItemTemplate = {
  key: string;
  number: number;
  titleTh: string;
  titleEn: string;
  checksTh: string;
  checksEn: string;
  divisionId: number;
  source: string;
};

export function planYearCopy(from: readonly ItemTemplate[], existingKeys: ReadonlySet<string>, toYear: number): (ItemTemplate & { fiscalYear: number })[] {
  return from
    .filter((item) => !existingKeys.has(item.key))
    .map((item) => ({
      key: item.key,
      number: item.number,
      titleTh: item.titleTh,
      titleEn: item.titleEn,
      checksTh: item.checksTh,
      checksEn: item.checksEn,
      divisionId: item.divisionId,
      source: item.source,
      fiscalYear: toYear,
    }));
}
