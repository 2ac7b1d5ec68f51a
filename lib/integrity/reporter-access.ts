import { db } from "@/lib/db/client";
import type { UploadErrorCode } from "@/lib/files/limits";
import { logAccess } from "./access-log";
import { messageSchema } from "./content";
import { destroyFile, readSealedFile, sealFiles, writeSealedFiles, type IncomingFile } from "./files";
import { decryptReportFile, type DecryptedFile } from "./recipient-files";
import { loadReport, type OpenedReport } from "./load-report";
import { deriveReceipt, receiptCodeSchema } from "./receipt";
import { lock, sodium, unlock, type Sodium } from "./sodium";
import { receiptThrottle } from "./throttle";

/** Wrong, malformed and unknown codes get the same answer: nothing tells them apart. */
export type ReporterRefusal = { ok: false; code: "invalid" | "throttled" };

/**
 * Open the report behind a receipt code and run `use` with its key. Every well-formed
 * attempt costs one Argon2id and one indexed lookup, found or not (receipt.ts); wrong codes
 * count against the address and, past the limit, even a right code waits out the hour.
 */
async function withReceipt<T>(rawCode: string, client: string, withKey: (s: Sodium, reportId: string, key: Uint8Array) => Promise<T>, now = Date.now()): Promise<ReporterRefusal | { ok: true; value: T }> {
  if (!(await receiptThrottle.allowed(client, now))) return { ok: false, code: "throttled" };
  const code = receiptCodeSchema.safeParse(rawCode);
  const s = await sodium();
  const receipt = deriveReceipt(s, code.success ? code.data : "0000000000000000");
  const row = code.success ? await db.integrityReport.findUnique({ where: { receiptLookup: receipt.lookup }, select: { id: true, receiptKeyBox: true } }) : null;
  const key = row ? unlock(s, row.receiptKeyBox, receipt.key) : null;
  s.memzero(receipt.key);
  if (!row || !key) {
    await receiptThrottle.count(client, now);
    return { ok: false, code: "invalid" };
  }
  try {
    return { ok: true, value: await withKey(s, row.id, key) };
  } finally {
    s.memzero(key);
  }
}

export async function openAsReporter(code: string, client: string): Promise<ReporterRefusal | { ok: true; report: OpenedReport }> {
  const result = await withReceipt(code, client, async (s, id, key) => {
    const report = await loadReport(s, id, key);
    await logAccess(db, id, { actor: "reporter" }, "reporter_opened");
    return report!;
  });
  return result.ok ? { ok: true, report: result.value } : result;
}

export async function replyAsReporter(code: string, client: string, body: string): Promise<ReporterRefusal | { ok: false; code: "invalidMessage"; message: string } | { ok: true }> {
  const text = messageSchema.safeParse(body);
  if (!text.success) return { ok: false, code: "invalidMessage", message: text.error.issues[0]!.message };
  const result = await withReceipt(code, client, (s, id, key) =>
    db.$transaction(async (tx) => {
      await tx.integrityMessage.create({ data: { reportId: id, author: "reporter", bodyBox: lock(s, text.data, key) } });
      await logAccess(tx, id, { actor: "reporter" }, "reporter_replied");
    }),
  );
  return result.ok ? { ok: true } : result;
}

export async function addFilesAsReporter(code: string, client: string, files: readonly IncomingFile[]): Promise<ReporterRefusal | { ok: false; code: UploadErrorCode; index: number | null } | { ok: true }> {
  const result = await withReceipt(code, client, async (s, id, key) => {
    const stored = await db.integrityFile.count({ where: { reportId: id, addedBy: "reporter" } });
    const sealed = await sealFiles(s, files, key, stored);
    if (!sealed.ok) return sealed;
    await writeSealedFiles(sealed.sealed);
    try {
      await db.$transaction(async (tx) => {
        await tx.integrityFile.createMany({ data: sealed.sealed.map((f) => ({ id: f.id, reportId: id, metaBox: f.metaBox, addedBy: "reporter" })) });
        await logAccess(tx, id, { actor: "reporter" }, "reporter_added_files");
      });
    } catch (error) {
      await Promise.all(sealed.sealed.map((f) => destroyFile(f.id)));
      throw error;
    }
    return { ok: true as const };
  });
  return result.ok ? result.value : result;
}

export async function readFileAsReporter(code: string, client: string, fileId: string): Promise<ReporterRefusal | { ok: true; bytes: Uint8Array | null }> {
  const result = await withReceipt(code, client, async (s, id, key) => {
    const file = await db.integrityFile.findFirst({ where: { id: fileId, reportId: id }, select: { id: true } });
    return file ? readSealedFile(s, file.id, key) : null;
  });
  return result.ok ? { ok: true, bytes: result.value } : result;
}

/** The reporter's download (a file a recipient sent back, or their own): logged without content. */
export async function downloadAsReporter(code: string, client: string, fileId: string): Promise<ReporterRefusal | { ok: true; file: DecryptedFile | null }> {
  const result = await withReceipt(code, client, async (s, id, key) => {
    const file = await decryptReportFile(s, id, fileId, key);
    if (file) await logAccess(db, id, { actor: "reporter" }, "reporter_read_file");
    return file;
  });
  return result.ok ? { ok: true, file: result.value } : result;
}
