import type { Database } from "@/lib/db/client";
import { dataKeyring, DataKeyError, seal, unseal } from "@/lib/security/data-key";
import { recipientContext } from "./outbox";

/**
 * Key rotation for the outbox: mail not yet sent keeps its sealed address, which must move
 * to the new key with the applicant records (sent mail has none left). Rows that cannot be
 * opened are left as they are; the sender marks them failed.
 */
export async function resealMailRecipients(db: Database): Promise<{ resealed: number; unreadable: number }> {
  const current = dataKeyring({ force: true }).current;
  const rows = await db.mailMessage.findMany({
    where: { recipient: { not: "" }, NOT: { recipient: { startsWith: `ko1.${current.id}.` } } },
    select: { id: true, requestId: true, recipient: true },
  });
  const result = { resealed: 0, unreadable: 0 };
  for (const row of rows) {
    const context = recipientContext(row.requestId ?? 0);
    let address: string;
    try {
      address = unseal(row.recipient, context);
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      result.unreadable++;
      continue;
    }
    const updated = await db.mailMessage.updateMany({ where: { id: row.id, recipient: row.recipient }, data: { recipient: seal(address, context, current) } });
    result.resealed += updated.count;
  }
  return result;
}

/** Unsent mail whose address is not under the current key (0 when rotation is done). */
export function countMailNotUnderCurrentKey(db: Database): Promise<number> {
  const prefix = `ko1.${dataKeyring({ force: true }).current.id}.`;
  return db.mailMessage.count({ where: { recipient: { not: "" }, NOT: { recipient: { startsWith: prefix } } } });
}
