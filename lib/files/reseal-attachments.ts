import fs from "node:fs/promises";
import type { Database } from "@/lib/db/client";
import { dataKeyring, DataKeyError, seal, sealBytes, sealedBytesKeyId, sealedKeyId, unseal, unsealBytes } from "@/lib/security/data-key";
import { attachmentPath } from "./folder";
import { attachmentContexts } from "./store";

/**
 * Key rotation for attachments: every stored file and its sealed original name move to the
 * current key, or the old key could never be dropped. A file is rewritten beside itself and
 * renamed over the old one, so an interrupted run leaves either the old or the new file,
 * both readable while the old key is still in the key file.
 */
export async function resealAttachments(db: Database): Promise<{ resealed: number; unreadable: string[] }> {
  const current = dataKeyring({ force: true }).current;
  const rows = await db.attachment.findMany({ where: { deletedAt: null }, select: { id: true, originalName: true } });
  const result = { resealed: 0, unreadable: [] as string[] };
  for (const row of rows) {
    try {
      const file = attachmentPath(row.id);
      const sealed = await fs.readFile(file);
      let changed = false;
      if (sealedBytesKeyId(sealed) !== current.id) {
        const plain = unsealBytes(sealed, attachmentContexts.file(row.id));
        const temporary = `${file}.rotating`;
        await fs.writeFile(temporary, sealBytes(plain, attachmentContexts.file(row.id), current), { mode: 0o600 });
        await fs.rename(temporary, file);
        changed = true;
      }
      if (sealedKeyId(row.originalName) !== current.id) {
        const name = unseal(row.originalName, attachmentContexts.name(row.id));
        await db.attachment.update({ where: { id: row.id }, data: { originalName: seal(name, attachmentContexts.name(row.id), current) } });
        changed = true;
      }
      if (changed) result.resealed++;
    } catch (error) {
      if (!(error instanceof DataKeyError) && (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      result.unreadable.push(row.id);
    }
  }
  return result;
}

/** Stored attachments (file or name) not under the current key: 0 when rotation is done. */
export async function countAttachmentsNotUnderCurrentKey(db: Database): Promise<number> {
  const current = dataKeyring({ force: true }).current.id;
  const rows = await db.attachment.findMany({ where: { deletedAt: null }, select: { id: true, originalName: true } });
  let left = 0;
  for (const row of rows) {
    const header = await fs.readFile(attachmentPath(row.id)).catch(() => null);
    if (!header || sealedBytesKeyId(header) !== current || sealedKeyId(row.originalName) !== current) left++;
  }
  return left;
}
