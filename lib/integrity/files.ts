import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { checkUpload } from "@/lib/files/check-upload";
import { MAX_FILES_PER_REQUEST, type UploadErrorCode } from "@/lib/files/limits";
import { integrityFolder } from "./config";
import { lock, lockJson, unlock, type Sodium } from "./sodium";

export type IncomingFile = { bytes: Uint8Array; name: string };
export const MAX_FILES_PER_REPORT = MAX_FILES_PER_REQUEST;

/** A file checked, cleaned and encrypted, ready to write (bytes) and to store (metaBox). */
export type SealedFile = { id: string; metaBox: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array };
export type FileMeta = { name: string; mimeType: string; size: number };

/**
 * Same checks as request attachments (lib/files/check-upload.ts): the type from the content,
 * images re-encoded without metadata (EXIF, GPS: a photo must not say where or with what
 * phone it was taken), 10 MB each. Then encrypted with the report key; nothing is written.
 */
export async function sealFiles(
  s: Sodium,
  files: readonly IncomingFile[],
  reportKey: Uint8Array,
  alreadyStored = 0,
): Promise<{ ok: true; sealed: SealedFile[] } | { ok: false; code: UploadErrorCode; index: number | null }> {
  if (files.length + alreadyStored > MAX_FILES_PER_REPORT) return { ok: false, code: "tooManyFiles", index: null };
  const sealed: SealedFile[] = [];
  for (const [index, file] of files.entries()) {
    const check = await checkUpload(file.bytes, file.name);
    if (!check.ok) return { ok: false, code: check.code, index };
    const meta: FileMeta = { name: check.file.displayName, mimeType: check.file.mimeType, size: check.file.size };
    sealed.push({ id: randomBytes(16).toString("hex"), metaBox: lockJson(s, meta, reportKey), ciphertext: lock(s, check.file.bytes, reportKey) });
  }
  return { ok: true, sealed };
}

const FILE_ID = /^[0-9a-f]{32}$/;
function filePath(id: string): string {
  if (!FILE_ID.test(id)) throw new Error("not an integrity file id");
  return path.join(integrityFolder(), id);
}

export async function writeSealedFiles(sealed: readonly SealedFile[]): Promise<void> {
  await fs.mkdir(integrityFolder(), { recursive: true, mode: 0o700 });
  for (const file of sealed) await fs.writeFile(filePath(file.id), file.ciphertext, { mode: 0o600, flag: "wx" });
}

export async function readSealedFile(s: Sodium, id: string, reportKey: Uint8Array): Promise<Uint8Array | null> {
  return unlock(s, await fs.readFile(filePath(id)), reportKey);
}

/**
 * Overwrite with random bytes, flush, then unlink: the ciphertext is useless without the
 * key anyway, but a file left in free blocks is one less thing to reason about. (On SSDs and
 * copy-on-write file systems the overwrite is best effort; the encryption is what counts.)
 */
export async function destroyFile(id: string): Promise<void> {
  const where = filePath(id);
  const handle = await fs.open(where, "r+").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? null : Promise.reject(error)));
  if (!handle) return;
  try {
    const { size } = await handle.stat();
    await handle.write(randomBytes(size), 0, size, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.unlink(where);
}
