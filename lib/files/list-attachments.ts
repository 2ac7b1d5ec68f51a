import { db } from "@/lib/db/client";
import { REFERENCE_PATTERN } from "@/lib/requests/workflow/load-request";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { safeDisplayName } from "./display-name";
import type { AttachmentType } from "./limits";
import { originalNameOf } from "./store";

export type AttachmentLine = {
  id: string;
  /** The form field's key, "defect" (sent later from /track) or "scan" (scanned by staff). */
  fieldKey: string;
  name: string;
  mimeType: AttachmentType;
  size: number;
  uploadedAt: Date;
  uploadedBy: "applicant" | "staff";
  staffName: string | null;
};

export type RequestAttachments = { files: AttachmentLine[]; mayUpload: boolean };

/**
 * A request's stored files for its staff page, or null when this person may not see the
 * request (request.view in its division, as the page itself). Deleted files are left out.
 */
export async function listAttachments(staff: StaffPrincipal, reference: string): Promise<RequestAttachments | null> {
  if (!REFERENCE_PATTERN.test(reference)) return null;
  const request = await db.request.findUnique({
    where: { reference },
    select: {
      status: true,
      divisionId: true,
      attachments: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!request || !can(staff, "request.view", request.divisionId)) return null;
  const staffIds = [...new Set(request.attachments.flatMap((row) => (row.staffId === null ? [] : [row.staffId])))];
  const names = new Map((await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } })).map((s) => [s.id, s.displayName]));
  return {
    mayUpload: can(staff, "request.act", request.divisionId) && request.status !== "done" && request.status !== "rejected",
    files: request.attachments.map((row) => ({
      id: row.id,
      fieldKey: row.fieldKey,
      name: safeDisplayName(originalNameOf(row) ?? "", row.mimeType as AttachmentType),
      mimeType: row.mimeType as AttachmentType,
      size: row.size,
      uploadedAt: row.createdAt,
      uploadedBy: row.uploadedBy === "staff" ? "staff" : "applicant",
      staffName: row.staffId === null ? null : (names.get(row.staffId) ?? null),
    })),
  };
}
