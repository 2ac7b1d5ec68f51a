import { db } from "@/lib/db/client";
import type { UploadErrorCode } from "@/lib/files/limits";
import { logAccess } from "./access-log";
import { destroyFile, readSealedFile, sealFiles, writeSealedFiles, type FileMeta, type IncomingFile } from "./files";
import { reportKeyFor } from "./recipient-access";
import type { UnlockedRecipient } from "./recipient-keys";
import { sodium, unlockJson, type Sodium } from "./sodium";

export type SendFilesResult = { ok: true } | { ok: false; code: "notFound" | "noFiles" } | { ok: false; code: UploadErrorCode; index: number | null };

/**
 * A file from a recipient to the reporter (a form to fill, a summons, a copy of a letter):
 * checked and cleaned like the reporter's (files.ts), encrypted with the report key, so the
 * reporter opens it with the receipt code on the follow-up page and nobody else can.
 * Each side may store up to five files of its own.
 */
export async function sendFilesToReporter(who: UnlockedRecipient, reportId: string, files: readonly IncomingFile[]): Promise<SendFilesResult> {
  if (files.length === 0) return { ok: false, code: "noFiles" };
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return { ok: false, code: "notFound" };
  try {
    const stored = await db.integrityFile.count({ where: { reportId, addedBy: "recipient" } });
    const sealed = await sealFiles(s, files, key, stored);
    if (!sealed.ok) return sealed;
    await writeSealedFiles(sealed.sealed);
    try {
      await db.$transaction(async (tx) => {
        await tx.integrityFile.createMany({ data: sealed.sealed.map((f) => ({ id: f.id, reportId, metaBox: f.metaBox, addedBy: "recipient" })) });
        await logAccess(tx, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_sent_file");
      });
    } catch (error) {
      await Promise.all(sealed.sealed.map((f) => destroyFile(f.id)));
      throw error;
    }
    return { ok: true };
  } finally {
    s.memzero(key);
  }
}

export type DecryptedFile = FileMeta & { bytes: Uint8Array };

/** One file of a report with its name and type, decrypted with the report key; null if not of this report. */
export async function decryptReportFile(s: Sodium, reportId: string, fileId: string, key: Uint8Array): Promise<DecryptedFile | null> {
  const file = await db.integrityFile.findFirst({ where: { id: fileId, reportId }, select: { id: true, metaBox: true } });
  if (!file) return null;
  const meta = unlockJson(s, file.metaBox, key) as FileMeta | null;
  const bytes = meta ? await readSealedFile(s, file.id, key) : null;
  return meta && bytes ? { ...meta, bytes } : null;
}

/** A recipient's download: logged (which report, that a file was read: never which name). */
export async function downloadAsRecipient(who: UnlockedRecipient, reportId: string, fileId: string): Promise<DecryptedFile | null> {
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return null;
  try {
    const file = await decryptReportFile(s, reportId, fileId, key);
    if (file) await logAccess(db, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_read_file");
    return file;
  } finally {
    s.memzero(key);
  }
}
