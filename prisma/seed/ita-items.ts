import type { Database } from "@/lib/db/client";
import { OIT_ITEMS, SEEDED_YEARS } from "@/lib/ita/oit-list";

/**
 * The OIT list of each seeded fiscal year, added once per year and key (SeedMark
 * "ita:2570:e-service"): the ADMIN's renumbering and rewording survive every later run.
 */
export async function seedItaItems(db: Database, marks: ReadonlySet<string>): Promise<number> {
  const divisions = new Map((await db.division.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  let added = 0;
  for (const year of SEEDED_YEARS) {
    const rows = OIT_ITEMS.filter((item) => !marks.has(`ita:${year}:${item.key}`));
    if (rows.length === 0) continue;
    const existing = new Set((await db.itaItem.findMany({ where: { fiscalYear: year }, select: { key: true } })).map((i) => i.key));
    const data = rows
      .filter((item) => !existing.has(item.key))
      .map((item) => {
        const divisionId = divisions.get(item.division);
        if (divisionId === undefined) throw new Error(`seed ITA item ${item.key}: unknown division ${item.division}`);
        return { fiscalYear: year, key: item.key, number: item.numbers[year], titleTh: item.titleTh, titleEn: item.titleEn, checksTh: item.checksTh, checksEn: item.checksEn, divisionId, source: item.source };
      });
    await db.$transaction([db.itaItem.createMany({ data }), db.seedMark.createMany({ data: rows.map((item) => ({ item: `ita:${year}:${item.key}` })) })]);
    added += rows.length;
  }
  return added;
}
