import { db } from "@/lib/db/client";
import { DataKeyError } from "@/lib/security/data-key";
import { REFERENCE_PATTERN } from "@/lib/requests/workflow/load-request";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { safeDisplayName } from "./display-name";
import { ATTACHMENT_ID } from "./folder";
import type { AttachmentType } from "./limits";
import { originalNameOf, readStoredFile } from "./store";

export type Download = { bytes: Uint8Array; mimeType: AttachmentType; filename: string };

/**
 * One stored file for a member of staff who may see its request (request.view in the
 * request's division, read from the database), or null: no such file, deleted, another
 * request's, or not this person's to see (all answered alike). Each download is written to
 * the audit log with the applicant's person key before the bytes are handed out.
 */
export async function downloadAttachment(options: { staff: StaffPrincipal; reference: string; id: string; now?: Date }): Promise<Download | null> {
  if (!REFERENCE_PATTERN.test(options.reference) || !ATTACHMENT_ID.test(options.id)) return null;
  const row = await db.attachment.findUnique({
    where: { id: options.id },
    include: { request: { select: { reference: true, divisionId: true, applicantKey: true } } },
  });
  if (!row || row.deletedAt || row.request.reference !== options.reference || !can(options.staff, "request.view", row.request.divisionId)) return null;
  let bytes: Uint8Array;
  try {
    bytes = await readStoredFile(row.id);
  } catch (error) {
    // A missing file or one that fails authentication: refused, logged without any name.
    const reason = error instanceof DataKeyError ? error.message : ((error as NodeJS.ErrnoException).code ?? "unreadable");
    console.error(`attachment ${row.id} could not be read: ${reason}`);
    return null;
  }
  await db.auditLog.create({
    data: {
      at: options.now ?? new Date(),
      actorType: "staff",
      actorId: options.staff.id,
      action: "attachment.downloaded",
      subjectType: "request",
      subjectId: row.request.reference,
      personKey: row.request.applicantKey,
      detail: JSON.stringify({ attachment: row.id, type: row.mimeType }),
    },
  });
  const mimeType = row.mimeType as AttachmentType;
  return { bytes, mimeType, filename: safeDisplayName(originalNameOf(row) ?? "", mimeType) };
}
