import type { Database } from "@/lib/db/client";
import { dataKeyring, DataKeyError, seal, unseal } from "@/lib/security/data-key";
import { contactContext } from "./contact";

/**
 * Key rotation for the HEADs' reminder addresses (npm run keys:rotate): moved to the new
 * key with the applicant records, or the old key's removal would silently stop reminders.
 * Rows that cannot be opened are left (the HEAD gives the address again).
 */
export async function resealItaContacts(db: Database): Promise<{ resealed: number; unreadable: number }> {
  const current = dataKeyring({ force: true }).current;
  const rows = await db.itaContact.findMany({ where: { NOT: { email: { startsWith: `ko1.${current.id}.` } } } });
  const result = { resealed: 0, unreadable: 0 };
  for (const row of rows) {
    let address: string;
    try {
      address = unseal(row.email, contactContext(row.staffUserId));
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      result.unreadable++;
      continue;
    }
    const updated = await db.itaContact.updateMany({ where: { staffUserId: row.staffUserId, email: row.email }, data: { email: seal(address, contactContext(row.staffUserId), current) } });
    result.resealed += updated.count;
  }
  return result;
}

/** Addresses not under the current key (0 when rotation is done). */
export function countContactsNotUnderCurrentKey(db: Database): Promise<number> {
  return db.itaContact.count({ where: { NOT: { email: { startsWith: `ko1.${dataKeyring({ force: true }).current.id}.` } } } });
}
