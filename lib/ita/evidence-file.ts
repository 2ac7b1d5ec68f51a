import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { checkUpload } from "@/lib/files/check-upload";
import { attachmentsFolder } from "@/lib/files/folder";
import { EVIDENCE_TYPES, type EvidenceType } from "./evidence-file-types";

export { EVIDENCE_TYPES, type EvidenceType };

/**
 * Evidence documents are public (they are published for the assessor), so unlike request
 * attachments they are stored as they are, not encrypted, in data/ita/ beside the database,
 * never under public/: they are served only through /ita/files/<id> with the type checked
 * here. The type comes from the content (file-type), never from the name or the browser.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_ID = /^[0-9a-f]{32}$/;

export type EvidenceCheck = { ok: true; bytes: Buffer; mimeType: EvidenceType } | { ok: false; code: "empty" | "tooLarge" | "wrongType" | "unreadableImage" };

export async function checkEvidenceFile(bytes: Uint8Array, name: string): Promise<EvidenceCheck> {
  if (bytes.length === 0) return { ok: false, code: "empty" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, code: "tooLarge" };
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  if (!detected || !Object.hasOwn(EVIDENCE_TYPES, detected)) return { ok: false, code: "wrongType" };
  // PDF and images go through the attachments' check, so images lose their metadata (GPS).
  if (detected === "application/pdf" || detected.startsWith("image/")) {
    const checked = await checkUpload(bytes, name, { maxBytes: MAX_EVIDENCE_BYTES });
    return checked.ok ? { ok: true, bytes: checked.file.bytes, mimeType: checked.file.mimeType } : { ok: false, code: checked.code === "unreadableImage" ? "unreadableImage" : "wrongType" };
  }
  return { ok: true, bytes: Buffer.from(bytes), mimeType: detected as EvidenceType };
}

export function evidenceFolder(): string {
  return path.join(path.dirname(attachmentsFolder()), "ita");
}

function evidencePath(id: string): string {
  if (!EVIDENCE_ID.test(id)) throw new Error("not an evidence id");
  return path.join(evidenceFolder(), id);
}

export function newEvidenceId(): string {
  return randomBytes(16).toString("hex");
}

export async function writeEvidenceFile(id: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(evidenceFolder(), { recursive: true, mode: 0o700 });
  await fs.writeFile(evidencePath(id), bytes, { mode: 0o600, flag: "wx" });
}

export async function readEvidenceFile(id: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(evidencePath(id));
  } catch {
    return null;
  }
}

export async function deleteEvidenceFile(id: string): Promise<void> {
  await fs.rm(evidencePath(id), { force: true });
}
