/**
 * Where each item the system produces itself is published: the one mapping from an item's
 * stable key to the public addresses the assessor opens, for the assessed fiscal year.
 *
 * The year differs per item on purpose: service statistics and satisfaction results are
 * assessed for the past fiscal year (ITA 2570 looks at 2569), complaint, corruption-report
 * and e-service figures for the current one (at least its first 6 months). Addresses are
 * locale-free paths; a page adds /en in front for English.
 */
export type LiveLink = { href: string; label: LiveLinkLabel };
export type LiveLinkLabel =
  | "eService"
  | "eServiceManual"
  | "eServiceStatistics"
  | "serviceManuals"
  | "serviceStatistics"
  | "serviceStatisticsCsv"
  | "satisfaction"
  | "complaintGuideline"
  | "complaintStatistics"
  | "integrityChannel"
  | "integrityGuideline"
  | "integrityStatistics";

const LINKS: Record<string, (year: number) => LiveLink[]> = {
  "e-service": (y) => [
    { href: "/e-service", label: "eService" },
    { href: "/e-service/manual", label: "eServiceManual" },
    { href: `/statistics/e-service?year=${y}`, label: "eServiceStatistics" },
  ],
  "service-manual": () => [{ href: "/services", label: "serviceManuals" }],
  "service-statistics": (y) => [
    { href: `/statistics?year=${y - 1}`, label: "serviceStatistics" },
    { href: `/open-data/service-statistics-${y - 1}.csv`, label: "serviceStatisticsCsv" },
  ],
  satisfaction: (y) => [{ href: `/statistics/satisfaction?year=${y - 1}`, label: "satisfaction" }],
  "complaint-channel": (y) => [
    { href: "/complaints/guideline", label: "complaintGuideline" },
    { href: `/statistics/complaints?year=${y}`, label: "complaintStatistics" },
  ],
  "corruption-guideline": () => [{ href: "/integrity/guideline", label: "integrityGuideline" }],
  "corruption-channel": () => [{ href: "/integrity", label: "integrityChannel" }],
  "corruption-statistics": (y) => [{ href: `/statistics/integrity?year=${y}`, label: "integrityStatistics" }],
};

/** The keys this system can publish by itself (an ADMIN may mark only these "live"). */
export const LIVE_KEYS: readonly string[] = Object.keys(LINKS);

/** The live pages of this item for the assessed fiscal year (Buddhist era); [] for any other key. */
export function liveLinks(key: string, fiscalYear: number): LiveLink[] {
  return Object.hasOwn(LINKS, key) ? LINKS[key]!(fiscalYear) : [];
}
