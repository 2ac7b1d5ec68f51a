import fs from "node:fs";
import type { Database } from "@/lib/db/client";
import { countAttachmentsNotUnderCurrentKey, resealAttachments } from "@/lib/files/reseal-attachments";
import { countContactsNotUnderCurrentKey, resealItaContacts } from "@/lib/ita/reseal-contacts";
import { countMailNotUnderCurrentKey, resealMailRecipients } from "@/lib/mail/reseal-recipients";
import { countNotUnderCurrentKey, resealApplicants } from "@/lib/requests/reseal-applicants";
import { dataKeyFile, forgetDataKeys, newDataKey, parseKeyring, writeKeyringFile } from "./data-key";

/** Longer than a running server takes to notice the new key file (1 s) plus a filing's busy wait (5 s). */
export const SETTLE_MS = 7_000;

export type Rotation = { oldKeys: string[]; newKey: string; resealed: number; unreadable: string[]; keptOldKeys: boolean };

/**
 * Replace the data key: put a new key first in the key file (the old ones stay, so every
 * record still opens), wait until a running server encrypts with it, re-encrypt every
 * applicant record, unsent mail address and attachment under it, and only then drop the old keys. Interrupted at any point,
 * nothing is lost: the file still holds every key a record needs, and the next run or
 * `npm start` finishes the job.
 */
export async function rotateDataKey(db: Database, options: { settleMs?: number; log?: (line: string) => void } = {}): Promise<Rotation> {
  if (process.env.DATA_KEY?.trim()) throw new Error("DATA_KEY is set in the environment: rotation rewrites a key file; move the key to DATA_KEY_FILE first");
  const log = options.log ?? (() => {});
  const file = dataKeyFile();
  if (!fs.existsSync(file)) throw new Error(`no data key file at ${file}: nothing to rotate (npm start makes one)`);
  const before = parseKeyring(fs.readFileSync(file, "utf8"), file);
  const fresh = newDataKey();
  writeKeyringFile(file, [fresh, ...before.keys.values()]);
  forgetDataKeys();
  log(`new data key ${fresh.id} written to ${file}; old key(s) ${[...before.keys.keys()].join(", ")} kept until every record is re-encrypted`);

  await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? SETTLE_MS));
  const { resealed, unreadable } = await resealApplicants(db);
  log(`re-encrypted ${resealed} applicant record(s)`);
  const mail = await resealMailRecipients(db);
  log(`re-encrypted ${mail.resealed} unsent mail address(es)`);
  const files = await resealAttachments(db);
  log(`re-encrypted ${files.resealed} attachment(s)`);
  const contacts = await resealItaContacts(db);
  log(`re-encrypted ${contacts.resealed} ITA reminder address(es)`);

  const left = (await countNotUnderCurrentKey(db)) + (await countMailNotUnderCurrentKey(db)) + (await countAttachmentsNotUnderCurrentKey(db)) + (await countContactsNotUnderCurrentKey(db));
  const done = left === 0;
  if (done) {
    writeKeyringFile(file, [fresh]);
    forgetDataKeys();
    log(`old key(s) removed from ${file}`);
  } else {
    log(`${left} record(s) are not under the new key (unreadable: ${unreadable.slice(0, 10).join(", ") || "none"}); the old key(s) stay in ${file}`);
  }
  return { oldKeys: [...before.keys.keys()], newKey: fresh.id, resealed, unreadable, keptOldKeys: !done };
}
