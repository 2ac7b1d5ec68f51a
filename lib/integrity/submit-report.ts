import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { UploadErrorCode } from "@/lib/files/limits";
import { logAccess } from "./access-log";
import { chooseRecipients } from "./choose-recipients";
import { reportContentSchema } from "./content";
import { destroyFile, sealFiles, writeSealedFiles, type IncomingFile } from "./files";
import { checkProofOfWork, issueChallenge } from "./proof-of-work";
import { deriveReceipt, formatReceiptCode, newReceiptCode } from "./receipt";
import { integritySubkey } from "./secrets";
import { lock, lockJson, sodium, toBytes } from "./sodium";
import { spendChallenge, submissionThrottle } from "./throttle";

export type SubmitInput = {
  content: unknown;
  files?: readonly IncomingFile[];
  chosenRecipientIds?: readonly number[];
  excludedRecipientIds?: readonly number[];
  /** The client's address: only ever hashed, and never kept past the hour (throttle.ts). */
  client: string;
  challenge: string;
  nonce: string;
};

export type SubmitResult =
  | { ok: true; reportId: string; receiptCode: string }
  | { ok: false; code: "throttled" | "proofOfWork" | "noRecipient" | "unknownDivision" }
  | { ok: false; code: "invalid"; issues: { path: string; message: string }[] }
  | { ok: false; code: UploadErrorCode; index: number | null };

/**
 * File a report. The server sees the plaintext only here, in memory: a random report key
 * encrypts the content and every file; the key is sealed to each chosen recipient's public
 * key and wrapped under the reporter's new receipt code, and then forgotten. The code is
 * returned once (formatted in fours) and never stored.
 */
export async function submitReport(input: SubmitInput, now = Date.now()): Promise<SubmitResult> {
  if (!(await submissionThrottle.allowed(input.client, now))) return { ok: false, code: "throttled" };
  if (checkProofOfWork(integritySubkey("proof-of-work"), input.challenge, input.nonce, now) !== "ok" || !(await spendChallenge(input.challenge, now))) {
    return { ok: false, code: "proofOfWork" };
  }
  const parsed = reportContentSchema.safeParse(input.content);
  if (!parsed.success) return { ok: false, code: "invalid", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
  const content = parsed.data;
  delete content.sharing; // the submission's own choice below, never the form's

  let accusedDivisionId: number | null = null;
  if (content.accusedDivisionCode) {
    const division = await db.division.findUnique({ where: { code: content.accusedDivisionCode }, select: { id: true } });
    if (!division) return { ok: false, code: "unknownDivision" };
    accusedDivisionId = division.id;
  }
  const candidates = await db.integrityRecipient.findMany({ select: { id: true, staffUserId: true, divisionId: true, publicKey: true } });
  const ids = chooseRecipients(candidates, { chosen: input.chosenRecipientIds, excluded: input.excludedRecipientIds, accusedDivisionId });
  if (ids.length === 0) return { ok: false, code: "noRecipient" };

  const s = await sodium();
  const reportKey = s.crypto_secretbox_keygen();
  try {
    const files = await sealFiles(s, input.files ?? [], reportKey);
    if (!files.ok) return files;
    const receiptCode = newReceiptCode();
    const receipt = deriveReceipt(s, receiptCode);
    const receiptKeyBox = lock(s, reportKey, receipt.key);
    s.memzero(receipt.key);
    const reportId = randomBytes(16).toString("base64url");
    const keys = candidates
      .filter((r) => ids.includes(r.id))
      .map((r) => ({ recipientId: r.id, sealedKey: toBytes(s.crypto_box_seal(reportKey, r.publicKey)) }));

    await writeSealedFiles(files.sealed);
    try {
      await db.$transaction(async (tx) => {
        await tx.integrityReport.create({
          data: {
            id: reportId,
            contentBox: lockJson(s, { ...content, sharing: sharingOf(candidates, input) }, reportKey),
            receiptLookup: receipt.lookup,
            receiptKeyBox,
            keys: { create: keys },
            files: { create: files.sealed.map((f) => ({ id: f.id, metaBox: f.metaBox, addedBy: "reporter" })) },
          },
        });
        await logAccess(tx, reportId, { actor: "reporter" }, "submitted");
      });
    } catch (error) {
      await Promise.all(files.sealed.map((f) => destroyFile(f.id)));
      throw error;
    }
    await submissionThrottle.count(input.client, now);
    return { ok: true, reportId, receiptCode: formatReceiptCode(receiptCode) };
  } finally {
    s.memzero(reportKey);
  }
}

/** The reporter's choice of recipients, by staff account, kept inside the encrypted content. */
function sharingOf(candidates: { id: number; staffUserId: number }[], input: SubmitInput) {
  const staffOf = (ids: readonly number[] | undefined) => candidates.filter((r) => (ids ?? []).includes(r.id)).map((r) => r.staffUserId);
  return { chosenStaffIds: staffOf(input.chosenRecipientIds), excludedStaffIds: staffOf(input.excludedRecipientIds) };
}

/** A challenge for the form (the browser solves it; submitReport checks and spends it). */
export function issueSubmissionChallenge(now = Date.now()): string {
  return issueChallenge(integritySubkey("proof-of-work"), now);
}
