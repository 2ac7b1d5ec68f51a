import { db } from "@/lib/db/client";
import { fromServiceRow, type Service } from "./service-row";

/**
 * The public catalogue: active services whose definitions are valid, in catalogue order.
 * A service whose stored definition no longer validates is left out (and reported once in
 * the server log by its code only) rather than shown half-broken to residents.
 */
export async function listActiveServices(): Promise<Service[]> {
  const rows = await db.service.findMany({
    where: { active: true },
    include: { division: { select: { code: true, nameTh: true, nameEn: true, sortOrder: true } } },
    orderBy: [{ division: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.flatMap((row) => {
    const result = fromServiceRow(row);
    if (result.ok) return [result.service];
    reportInvalid(result.problem.code, result.problem.issues);
    return [];
  });
}

/** One active service by its public code, or null. */
export async function findActiveService(code: string): Promise<Service | null> {
  const row = await db.service.findUnique({
    where: { code },
    include: { division: { select: { code: true, nameTh: true, nameEn: true } } },
  });
  if (!row || !row.active) return null;
  const result = fromServiceRow(row);
  if (result.ok) return result.service;
  reportInvalid(result.problem.code, result.problem.issues);
  return null;
}

const reported = new Set<string>();
function reportInvalid(code: string, issues: string[]): void {
  if (reported.has(code)) return;
  reported.add(code);
  console.error(`service ${code} is hidden: its stored definition is invalid (${issues.join("; ")})`);
}
