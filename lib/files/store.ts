import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { seal, sealBytes, unseal, unsealBytes } from "@/lib/security/data-key";
import type { UploadedFileRef } from "@/lib/services/answers";
import { checkUpload, type CleanFile } from "./check-upload";
import { genericName } from "./display-name";
import { attachmentPath, ensureAttachmentsFolder } from "./folder";
import { MAX_FILES_PER_REQUEST, type UploadErrorCode, type UploadLimits } from "./limits";

/** A file as the device sent it. `fieldKey`: the form's file field, or "defect" / "scan" for later uploads. */
export type IncomingFile = { bytes: Uint8Array; name: string; fieldKey: string };

/** A checked, cleaned file already written (encrypted) to disk, waiting for its row. */
export type PreparedAttachment = {
  id: string;
  fieldKey: string;
  mimeType: CleanFile["mimeType"];
  size: number;
  sha256: string;
  displayName: string;
  originalName: string;
  /** What a form's answers hold for it: no personal name (answers are not encrypted). */
  answerRef: UploadedFileRef;
};

export type PrepareResult =
  | { ok: true; prepared: PreparedAttachment[] }
  | { ok: false; code: UploadErrorCode; /** The file refused (its position in the list), or null for the count. */ index: number | null };

export type Uploader = { type: "applicant" } | { type: "staff"; staffId: number };

/** The data key's associated data: a file or name moved to another attachment is refused there. */
const fileContext = (id: string) => `attachment:${id}`;
const nameContext = (id: string) => `attachment-name:${id}`;

/**
 * Step 1 of a filing with attachments, before its transaction: check and clean every file
 * (check-upload.ts), then write each encrypted under the data key to the data folder under
 * a random name. Nothing is written when any file is refused. `alreadyStored`: files the
 * request holds already (later uploads), so the total stays within MAX_FILES_PER_REQUEST.
 *
 * Then, inside the transaction, `saveAttachments(tx, ...)`; if the transaction fails,
 * `discardPrepared(prepared)` removes the files, so none is left without its row:
 *
 *   const result = await prepareAttachments(files, limits);
 *   if (!result.ok) return refuse(result.code, result.index);
 *   await keepOrDiscard(result.prepared, () =>
 *     db.$transaction(async (tx) => { ...; await saveAttachments(tx, requestId, result.prepared, uploader); }));
 */
export async function prepareAttachments(files: readonly IncomingFile[], limits: UploadLimits & { alreadyStored?: number } = {}): Promise<PrepareResult> {
  const maxFiles = Math.min(limits.maxFiles ?? MAX_FILES_PER_REQUEST, MAX_FILES_PER_REQUEST - (limits.alreadyStored ?? 0));
  if (files.length > maxFiles) return { ok: false, code: "tooManyFiles", index: null };
  const cleaned: CleanFile[] = [];
  for (const [index, file] of files.entries()) {
    const check = await checkUpload(file.bytes, file.name, limits);
    if (!check.ok) return { ok: false, code: check.code, index };
    cleaned.push(check.file);
  }
  ensureAttachmentsFolder();
  const prepared: PreparedAttachment[] = [];
  try {
    for (const [index, file] of cleaned.entries()) {
      const id = randomBytes(16).toString("hex");
      await writePrivateFile(attachmentPath(id), sealBytes(file.bytes, fileContext(id)));
      prepared.push({
        id,
        fieldKey: files[index]!.fieldKey,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        displayName: file.displayName,
        originalName: file.originalName,
        answerRef: { id, name: genericName(file.mimeType, index), type: file.mimeType, size: file.size },
      });
    }
  } catch (error) {
    await discardPrepared(prepared);
    throw error;
  }
  return { ok: true, prepared };
}

/**
 * Step 2, inside the filing's (or upload's) transaction: the rows. Refuses with
 * AppError("tooManyFiles") when the request would hold more than MAX_FILES_PER_REQUEST,
 * counted inside the transaction so two uploads at once cannot both pass.
 */
export async function saveAttachments(tx: Prisma.TransactionClient, requestId: number, prepared: readonly PreparedAttachment[], uploadedBy: Uploader, now: Date = new Date()): Promise<void> {
  if (prepared.length === 0) return;
  const stored = await tx.attachment.count({ where: { requestId, deletedAt: null } });
  if (stored + prepared.length > MAX_FILES_PER_REQUEST) throw new AppError("tooManyFiles", { limit: MAX_FILES_PER_REQUEST });
  for (const file of prepared) {
    await tx.attachment.create({
      data: {
        id: file.id,
        requestId,
        fieldKey: file.fieldKey,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        // Sealed: the name a phone gives can be personal ("บัตรประชาชน สมชาย.jpg").
        originalName: seal(file.originalName, nameContext(file.id)),
        uploadedBy: uploadedBy.type,
        staffId: uploadedBy.type === "staff" ? uploadedBy.staffId : null,
        createdAt: now,
      },
    });
  }
}

/**
 * Run the transaction that saves `prepared`; when it throws, remove their files and
 * rethrow, so a failed filing leaves no file behind.
 */
export async function keepOrDiscard<T>(prepared: readonly PreparedAttachment[], transaction: () => Promise<T>): Promise<T> {
  try {
    return await transaction();
  } catch (error) {
    await discardPrepared(prepared);
    throw error;
  }
}

/** Remove prepared files whose transaction failed (or was never run). Never throws for a missing file. */
export async function discardPrepared(prepared: readonly PreparedAttachment[]): Promise<void> {
  await Promise.all(prepared.map((file) => removeStoredFile(file.id)));
}

export async function removeStoredFile(id: string): Promise<void> {
  await fs.rm(attachmentPath(id), { force: true });
}

/** A stored file's cleaned bytes (decrypted), as they were checked. */
export async function readStoredFile(id: string): Promise<Uint8Array> {
  return unsealBytes(await fs.readFile(attachmentPath(id)), fileContext(id));
}

/** The name the device gave, opened; a row whose seal fails shows the safe fallback instead. */
export function originalNameOf(row: { id: string; originalName: string }): string | null {
  try {
    return unseal(row.originalName, nameContext(row.id));
  } catch {
    return null;
  }
}

export const attachmentContexts = { file: fileContext, name: nameContext };

/** Written 0600, synced before the row that points to it can commit. */
async function writePrivateFile(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, "wx", 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(file, { force: true });
    throw error;
  }
  await handle.close();
}
