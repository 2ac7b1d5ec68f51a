import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/database-url";

/**
 * Attachments live in the data folder beside the database (`data/files/`), never under
 * public/: the folder is 0700 and each file 0600, as the database's own files are, and the
 * files are encrypted besides (store.ts). Backed up and restored with the data folder.
 */
export function attachmentsFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(resolveDatabaseUrl(env.DATABASE_URL, process.cwd(), env).dataFolder, "files");
}

/** The folder, made 0700 when missing (and tightened when an older one is open to others). */
export function ensureAttachmentsFolder(): string {
  const folder = attachmentsFolder();
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(folder);
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) fs.chmodSync(folder, 0o700);
  return folder;
}

/** Attachment ids are 32 hex characters (128 random bits): also the file's name on disk. */
export const ATTACHMENT_ID = /^[0-9a-f]{32}$/;

export function attachmentPath(id: string): string {
  if (!ATTACHMENT_ID.test(id)) throw new Error("not an attachment id");
  return path.join(attachmentsFolder(), id);
}
