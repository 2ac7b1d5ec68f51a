import { db } from "@/lib/db/client";
import { logAccess } from "./access-log";
import { messageSchema } from "./content";
import { readSealedFile } from "./files";
import { loadReport, type OpenedReport } from "./load-report";
import { unwrapSecretKey, type UnlockedRecipient } from "./recipient-keys";
import { lock, sodium, type Sodium } from "./sodium";

/** Unlock a staff member's recipient key with their password; null if not a recipient or wrong. */
export async function unlockRecipient(staffUserId: number, password: string): Promise<UnlockedRecipient | null> {
  const row = await db.integrityRecipient.findUnique({ where: { staffUserId } });
  if (!row) return null;
  const s = await sodium();
  const secretKey = unwrapSecretKey(s, row, password);
  return secretKey ? { recipientId: row.id, publicKey: row.publicKey, secretKey } : null;
}

/**
 * The report key from this recipient's sealed copy. No copy (excluded, accused division,
 * added after the report) means no key: the server holds nothing else that opens it.
 */
export async function reportKeyFor(s: Sodium, who: UnlockedRecipient, reportId: string): Promise<Uint8Array | null> {
  const row = await db.integrityReportKey.findUnique({ where: { reportId_recipientId: { reportId, recipientId: who.recipientId } } });
  if (!row) return null;
  try {
    return s.crypto_box_seal_open(row.sealedKey, who.publicKey, who.secretKey);
  } catch {
    return null;
  }
}

async function withReportKey<T>(who: UnlockedRecipient, reportId: string, withKey: (s: Sodium, key: Uint8Array) => Promise<T>): Promise<T | null> {
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return null;
  try {
    return await withKey(s, key);
  } finally {
    s.memzero(key);
  }
}

/** The reports sealed to this recipient, newest first: ids, states and dates only. */
export function listReportsFor(who: UnlockedRecipient) {
  return db.integrityReport.findMany({
    where: { keys: { some: { recipientId: who.recipientId } } },
    select: { id: true, status: true, outcome: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export function openAsRecipient(who: UnlockedRecipient, reportId: string): Promise<OpenedReport | null> {
  return withReportKey(who, reportId, async (s, key) => {
    const report = await loadReport(s, reportId, key);
    await logAccess(db, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_opened");
    return report;
  });
}

export async function askReporter(who: UnlockedRecipient, reportId: string, body: string): Promise<{ ok: true } | { ok: false; code: "notFound" | "invalidMessage"; message?: string }> {
  const text = messageSchema.safeParse(body);
  if (!text.success) return { ok: false, code: "invalidMessage", message: text.error.issues[0]!.message };
  const done = await withReportKey(who, reportId, (s, key) =>
    db.$transaction(async (tx) => {
      await tx.integrityMessage.create({ data: { reportId, author: "recipient", recipientId: who.recipientId, bodyBox: lock(s, text.data, key) } });
      await logAccess(tx, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_asked");
      return true;
    }),
  );
  return done ? { ok: true } : { ok: false, code: "notFound" };
}

export function readFileAsRecipient(who: UnlockedRecipient, reportId: string, fileId: string): Promise<Uint8Array | null> {
  return withReportKey(who, reportId, async (s, key) => {
    const file = await db.integrityFile.findFirst({ where: { id: fileId, reportId }, select: { id: true } });
    if (!file) return null;
    await logAccess(db, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_read_file");
    return readSealedFile(s, file.id, key);
  });
}
