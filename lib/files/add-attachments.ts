import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { publish } from "@/lib/events/bus";
import { REFERENCE_PATTERN } from "@/lib/requests/workflow/load-request";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import type { UploadErrorCode } from "./limits";
import { keepOrDiscard, prepareAttachments, saveAttachments, type Uploader } from "./store";

/** A later upload's refusals: a file's (limits.ts), or the request's: not found (or not yours), or closed. */
export type AddAttachmentsError = UploadErrorCode | "notFound" | "closed";
export type AddAttachmentsResult = { ok: true; ids: string[] } | { ok: false; code: AddAttachmentsError; index: number | null };

export type AddedBy =
  /** The resident, from the tracking page: the caller has checked the tracking token or reference + last 4 digits. */
  | { type: "applicant" }
  /** A member of staff scanning a document (request.act in the request's division, checked here). */
  | { type: "staff"; staff: StaffPrincipal };

const CLOSED = new Set(["done", "rejected"]);

/**
 * Documents added after filing: the resident's missing documents from /track, or a document
 * the officer scans at the counter. Same checks as at filing, at most MAX_FILES_PER_REQUEST
 * over all uploads. Puts a public "documents uploaded" event on the timeline (the upload does
 * not resume the legal clock: the officer does, after looking), audits it, and tells the
 * boards after the commit so the request shows up again.
 */
export async function addAttachmentsToRequest(
  reference: string,
  files: readonly { bytes: Uint8Array; name: string }[],
  by: AddedBy,
  now: Date = new Date(),
): Promise<AddAttachmentsResult> {
  const request = REFERENCE_PATTERN.test(reference)
    ? await db.request.findUnique({ where: { reference }, select: { id: true, reference: true, status: true, divisionId: true, applicantKey: true } })
    : null;
  if (!request || (by.type === "staff" && !can(by.staff, "request.act", request.divisionId))) return { ok: false, code: "notFound", index: null };
  if (CLOSED.has(request.status)) return { ok: false, code: "closed", index: null };
  if (files.length === 0) return { ok: false, code: "empty", index: null };

  const alreadyStored = await db.attachment.count({ where: { requestId: request.id, deletedAt: null } });
  const fieldKey = by.type === "staff" ? "scan" : "defect";
  const result = await prepareAttachments(files.map((file) => ({ ...file, fieldKey })), { alreadyStored });
  if (!result.ok) return result;

  const uploader: Uploader = by.type === "staff" ? { type: "staff", staffId: by.staff.id } : { type: "applicant" };
  const actorId = by.type === "staff" ? by.staff.id : null;
  const count = result.prepared.length;
  try {
    await keepOrDiscard(result.prepared, () => db.$transaction(async (tx) => {
      await saveAttachments(tx, request.id, result.prepared, uploader, now);
      await tx.requestEvent.create({
        data: {
          requestId: request.id,
          type: "documents_uploaded",
          public: true,
          messageTh: by.type === "staff" ? `เจ้าหน้าที่แนบเอกสารที่สแกน ${count} ไฟล์` : `ผู้ยื่นคำขอส่งเอกสาร ${count} ไฟล์`,
          messageEn: by.type === "staff" ? `Staff attached ${count} scanned document(s)` : `The applicant uploaded ${count} document(s)`,
          detail: JSON.stringify({ count, by: uploader.type }),
          actorId,
          createdAt: now,
        },
      });
      await tx.auditLog.create({
        data: {
          at: now,
          actorType: by.type === "staff" ? "staff" : "public",
          actorId,
          action: "attachment.uploaded",
          subjectType: "request",
          subjectId: request.reference,
          personKey: request.applicantKey,
          detail: JSON.stringify({ count, ids: result.prepared.map((file) => file.id) }),
        },
      });
    }));
  } catch (error) {
    if (error instanceof AppError && error.code === "tooManyFiles") return { ok: false, code: "tooManyFiles", index: null };
    throw error;
  }
  publish({ type: "request.changed", divisionId: request.divisionId, reference: request.reference, status: request.status });
  return { ok: true, ids: result.prepared.map((file) => file.id) };
}
