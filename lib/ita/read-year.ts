import { db } from "@/lib/db/client";
import { isComplete } from "./completeness";
import { liveLinks, type LiveLink } from "./live-links";

/** One item as every ITA page shows it: evidence still attached, live pages, and whether complete. */
export type ItaItemView = {
  id: number;
  key: string;
  number: number;
  title: { th: string; en: string };
  checks: { th: string; en: string };
  source: string;
  division: { id: number; code: string; th: string; en: string };
  live: LiveLink[];
  evidence: { id: string; kind: string; title: string; url: string | null; mimeType: string | null; addedBy: string; createdAt: Date }[];
  complete: boolean;
};

export type ItaYearView = { fiscalYear: number; deadline: string | null; items: ItaItemView[] };

/** A fiscal year's list in the assessor's number order; no personal data (staff names only for staff pages). */
export async function readItaYear(fiscalYear: number, options: { withNames?: boolean } = {}): Promise<ItaYearView> {
  const [year, rows] = await Promise.all([
    db.itaYear.findUnique({ where: { fiscalYear } }),
    db.itaItem.findMany({
      where: { fiscalYear },
      orderBy: [{ number: "asc" }, { key: "asc" }],
      include: {
        division: { select: { id: true, code: true, nameTh: true, nameEn: true } },
        evidence: { where: { removedAt: null }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  const staffIds = [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.addedById)))];
  const names = options.withNames && staffIds.length ? new Map((await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } })).map((s) => [s.id, s.displayName])) : new Map<number, string>();
  const items = rows.map((row) => ({
    id: row.id,
    key: row.key,
    number: row.number,
    title: { th: row.titleTh, en: row.titleEn },
    checks: { th: row.checksTh, en: row.checksEn },
    source: row.source,
    division: { id: row.division.id, code: row.division.code, th: row.division.nameTh, en: row.division.nameEn },
    live: row.source === "live" ? liveLinks(row.key, fiscalYear) : [],
    evidence: row.evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, mimeType: e.mimeType, addedBy: names.get(e.addedById) ?? "", createdAt: e.createdAt })),
    complete: isComplete({ key: row.key, source: row.source, divisionId: row.divisionId, evidenceCount: row.evidence.length }, fiscalYear),
  }));
  return { fiscalYear, deadline: year?.deadline ?? null, items };
}

/** The fiscal years that have a list, newest first. */
export async function itaYears(): Promise<number[]> {
  const rows = await db.itaItem.findMany({ distinct: ["fiscalYear"], select: { fiscalYear: true }, orderBy: { fiscalYear: "desc" } });
  return rows.map((r) => r.fiscalYear);
}

/** The year /ita shows: the current fiscal year when it has a list, else the newest that has one. */
export function assessedYear(years: readonly number[], currentFiscalYear: number): number | null {
  if (years.includes(currentFiscalYear)) return currentFiscalYear;
  return years[0] ?? null;
}
