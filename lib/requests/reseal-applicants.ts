import type { Database } from "@/lib/db/client";
import { dataKeyring, isSealed, seal, unseal, DataKeyError } from "@/lib/security/data-key";
import { applicantContext } from "./applicant";

const BATCH = 500;

export type ResealResult = { resealed: number; unreadable: string[] };

/**
 * Bring every applicant record under the current data key: plaintext rows from before
 * encryption are sealed, rows under an older key are re-sealed. Idempotent, in batches
 * (each row its own short write, so filings are never held up for long), and safe beside
 * a running server: a row is only replaced if it still holds what was read.
 * Rows that cannot be opened (changed bytes, a key not in the keyring) are left as they are
 * and returned by reference.
 */
export async function resealApplicants(db: Database): Promise<ResealResult> {
  const current = dataKeyring({ force: true }).current;
  const prefix = `ko1.${current.id}.`;
  const result: ResealResult = { resealed: 0, unreadable: [] };
  let after = 0;
  for (;;) {
    const rows = await db.request.findMany({
      where: { id: { gt: after }, NOT: { applicant: { startsWith: prefix } } },
      select: { id: true, reference: true, applicant: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return result;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      const context = applicantContext(row.reference);
      let plaintext: string;
      try {
        plaintext = isSealed(row.applicant) ? unseal(row.applicant, context) : row.applicant;
      } catch (error) {
        if (!(error instanceof DataKeyError)) throw error;
        result.unreadable.push(row.reference);
        continue;
      }
      // Raw SQL: a model update would move updatedAt, which orders the board's "done" tab.
      result.resealed += await db.$executeRaw`
        UPDATE "Request" SET "applicant" = ${seal(plaintext, context, current)} WHERE "id" = ${row.id} AND "applicant" = ${row.applicant}`;
    }
  }
}

/** How many applicant records are not yet under the current key (0 when rotation is done). */
export async function countNotUnderCurrentKey(db: Database): Promise<number> {
  const prefix = `ko1.${dataKeyring({ force: true }).current.id}.`;
  return db.request.count({ where: { NOT: { applicant: { startsWith: prefix } } } });
}

/** The data keys the stored records need, e.g. to tell a lost key from a fresh database. */
export async function keyIdsInUse(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT substr("applicant", 5, 8) AS "id" FROM "Request" WHERE "applicant" LIKE 'ko1.%'`;
  return rows.map((row) => row.id);
}
