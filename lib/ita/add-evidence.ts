import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { checkEvidenceFile, deleteEvidenceFile, newEvidenceId, writeEvidenceFile } from "./evidence-file";
import { loadItemForEvidence } from "./load-item";

const title = z.string().trim().min(1).max(200);
// Links are published to the assessor as they are: only web addresses, nothing that runs.
const link = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => URL.canParse(value) && ["https:", "http:"].includes(new URL(value).protocol));

/** Attach a document: checked (type from the content, size), written, then its row and audit entry together. */
export async function addEvidenceFile(staff: StaffPrincipal, input: { itemId: number; title: string; name: string; bytes: Uint8Array }): Promise<string> {
  const item = await loadItemForEvidence(staff, input.itemId);
  const parsedTitle = title.safeParse(input.title || input.name);
  if (!parsedTitle.success) throw new AppError("invalid", { fieldErrors: { title: { code: "required" } } });
  const checked = await checkEvidenceFile(input.bytes, input.name);
  if (!checked.ok) throw new AppError("invalid", { fieldErrors: { file: { code: checked.code } } });
  const id = newEvidenceId();
  await writeEvidenceFile(id, checked.bytes);
  try {
    await db.$transaction([
      db.itaEvidence.create({ data: { id, itemId: item.id, kind: "file", title: parsedTitle.data, mimeType: checked.mimeType, size: checked.bytes.length, addedById: staff.id } }),
      db.auditLog.create({
        data: { actorType: "staff", actorId: staff.id, action: "ita.evidence_added", subjectType: "ita_item", subjectId: String(item.id), detail: JSON.stringify({ fiscalYear: item.fiscalYear, key: item.key, evidence: id, kind: "file", mimeType: checked.mimeType }) },
      }),
    ]);
  } catch (error) {
    await deleteEvidenceFile(id);
    throw error;
  }
  return id;
}

/** Attach a link (a page on the municipality's main site, a national system). */
export async function addEvidenceLink(staff: StaffPrincipal, input: { itemId: number; title: string; url: string }): Promise<string> {
  const item = await loadItemForEvidence(staff, input.itemId);
  const parsedTitle = title.safeParse(input.title);
  const parsedUrl = link.safeParse(input.url);
  if (!parsedTitle.success || !parsedUrl.success) {
    throw new AppError("invalid", { fieldErrors: { ...(parsedTitle.success ? {} : { title: { code: "required" } }), ...(parsedUrl.success ? {} : { url: { code: "invalidUrl" } }) } });
  }
  const id = newEvidenceId();
  await db.$transaction([
    db.itaEvidence.create({ data: { id, itemId: item.id, kind: "link", title: parsedTitle.data, url: parsedUrl.data, addedById: staff.id } }),
    db.auditLog.create({
      data: { actorType: "staff", actorId: staff.id, action: "ita.evidence_added", subjectType: "ita_item", subjectId: String(item.id), detail: JSON.stringify({ fiscalYear: item.fiscalYear, key: item.key, evidence: id, kind: "link", url: parsedUrl.data }) },
    }),
  ]);
  return id;
}
