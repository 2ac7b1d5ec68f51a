import { db } from "@/lib/db/client";
import { processChannel } from "@/lib/events/process-channel";
import { fromServiceRow, type Service } from "./service-row";

/**
 * The public catalogue: active services whose definitions are valid, in catalogue order.
 *
 * Every public page and the Open311 API read it, and it changes only when staff edit a
 * service, so it is held in memory as one validated snapshot: reloaded at most every
 * MAX_AGE_MS, and at once after an edit (`invalidateCatalogue`): in both copies of this
 * module in this process (Next's bundle and server/), and on PostgreSQL in every other server
 * process too, told over LISTEN/NOTIFY (lib/events/process-channel.ts). MAX_AGE_MS still
 * bounds what a process misses while its listening connection is down.
 *
 * A service whose stored definition no longer validates is left out (and reported once in
 * the server log by its code only) rather than shown half-broken to residents.
 */
export type CatalogueDivision = { id: number; code: string; nameTh: string; nameEn: string; queuePrefix: string };

export type CatalogueSnapshot = {
  readonly services: readonly Service[];
  readonly byCode: ReadonlyMap<string, Service>;
  /** Every division by code, with its queue letter (filings are routed by code). */
  readonly divisions: ReadonlyMap<string, CatalogueDivision>;
};

const MAX_AGE_MS = 2_000;
let current: { snapshot: Promise<CatalogueSnapshot>; loadedAt: number } | null = null;

let watching = false;

export function catalogueSnapshot(): Promise<CatalogueSnapshot> {
  // From the first read on (never at import, which must not connect): any copy's edit clears this copy's snapshot.
  if (!watching) {
    watching = true;
    processChannel().on("catalogue", () => {
      current = null;
    });
  }
  const now = Date.now();
  if (!current || now - current.loadedAt > MAX_AGE_MS) {
    // Concurrent callers share one load; a failed load is not kept.
    const snapshot = loadSnapshot();
    const entry = { snapshot, loadedAt: now };
    current = entry;
    snapshot.catch(() => {
      if (current === entry) current = null;
    });
  }
  return current.snapshot;
}

/** Call after saving a change to any service or division, so every process shows it at once. */
export function invalidateCatalogue(): void {
  current = null;
  processChannel().send({ kind: "catalogue" });
}

export async function listActiveServices(): Promise<readonly Service[]> {
  return (await catalogueSnapshot()).services;
}

export async function findDivision(code: string): Promise<CatalogueDivision | null> {
  return (await catalogueSnapshot()).divisions.get(code) ?? null;
}

/** One active service by its public code, or null. */
export async function findActiveService(code: string): Promise<Service | null> {
  return (await catalogueSnapshot()).byCode.get(code) ?? null;
}

async function loadSnapshot(): Promise<CatalogueSnapshot> {
  const divisions = await db.division.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true, queuePrefix: true } });
  const rows = await db.service.findMany({
    where: { active: true },
    include: { division: { select: { id: true, code: true, nameTh: true, nameEn: true } } },
    orderBy: [{ division: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
  });
  const services = rows.flatMap((row) => {
    const result = fromServiceRow(row);
    if (result.ok) return [result.service];
    reportInvalid(result.problem.code, result.problem.issues);
    return [];
  });
  return {
    services,
    byCode: new Map(services.map((s) => [s.code, s])),
    divisions: new Map(divisions.map((d) => [d.code, d])),
  };
}

const reported = new Set<string>();
function reportInvalid(code: string, issues: string[]): void {
  if (reported.has(code)) return;
  reported.add(code);
  console.error(`service ${code} is hidden: its stored definition is invalid (${issues.join("; ")})`);
}
