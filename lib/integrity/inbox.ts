import { db } from "@/lib/db/client";
import { logAccess } from "./access-log";
import { channelLimits } from "./config";
import { reportContentSchema, type ReportContent } from "./content";
import { deadlinesOf, unreadReportIds, type Deadlines } from "./inbox-rules";
import type { UnlockedRecipient } from "./recipient-keys";
import { sodium, unlockJson } from "./sodium";

export type InboxItem = { id: string; status: string; outcome: string | null; referredTo: string | null; category: ReportContent["category"]; createdAt: Date; unread: boolean } & Deadlines;

/**
 * The recipient's inbox: only reports sealed to them (a report that excluded them, or named
 * their division, has no key row for them and never appears). The category is the one piece
 * of content shown, decrypted here with their own copy of each report key.
 */
export async function inboxFor(who: UnlockedRecipient, now = new Date()): Promise<InboxItem[]> {
  const rows = await db.integrityReport.findMany({
    where: { keys: { some: { recipientId: who.recipientId } } },
    select: { id: true, status: true, outcome: true, referredTo: true, createdAt: true, expiresAt: true, contentBox: true, keys: { where: { recipientId: who.recipientId }, select: { sealedKey: true } } },
    orderBy: { createdAt: "desc" },
  });
  const events = await db.integrityAccessLog.findMany({ where: { reportId: { in: rows.map((r) => r.id) } }, select: { reportId: true, actor: true, recipientId: true, action: true, at: true } });
  const unread = unreadReportIds(events, who.recipientId);
  const limits = channelLimits();
  const s = await sodium();
  const items: InboxItem[] = [];
  for (const row of rows) {
    let key: Uint8Array;
    try {
      key = s.crypto_box_seal_open(row.keys[0]!.sealedKey, who.publicKey, who.secretKey);
    } catch {
      continue; // a key row that does not open with this recipient's key is not theirs
    }
    const content = reportContentSchema.safeParse(unlockJson(s, row.contentBox, key));
    s.memzero(key);
    if (!content.success) continue;
    items.push({ id: row.id, status: row.status, outcome: row.outcome, referredTo: row.referredTo, category: content.data.category, createdAt: row.createdAt, unread: unread.has(row.id), ...deadlinesOf(row, limits, now) });
  }
  await logAccess(db, null, { actor: "recipient", recipientId: who.recipientId }, "recipient_listed");
  return items;
}
