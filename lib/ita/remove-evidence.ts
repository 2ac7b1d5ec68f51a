import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { deleteEvidenceFile, EVIDENCE_ID } from "./evidence-file";
import { loadItemForEvidence } from "./load-item";

/**
 * Withdraw a document or link: the row stays (removedAt, removedById) beside the audit
 * entry, so the checklist's history says who removed what; the file itself is deleted
 * after the commit, as it is no longer published.
 */
export async function removeEvidence(staff: StaffPrincipal, input: { evidenceId: string }): Promise<void> {
  const evidence = EVIDENCE_ID.test(input.evidenceId) ? await db.itaEvidence.findUnique({ where: { id: input.evidenceId } }) : null;
  if (!evidence || evidence.removedAt) throw new AppError("not_found");
  const item = await loadItemForEvidence(staff, evidence.itemId);
  await db.$transaction(async (tx) => {
    const removed = await tx.itaEvidence.updateMany({ where: { id: evidence.id, removedAt: null }, data: { removedAt: new Date(), removedById: staff.id } });
    if (removed.count !== 1) throw new AppError("changed_meanwhile");
    await tx.auditLog.create({
      data: { actorType: "staff", actorId: staff.id, action: "ita.evidence_removed", subjectType: "ita_item", subjectId: String(item.id), detail: JSON.stringify({ fiscalYear: item.fiscalYear, key: item.key, evidence: evidence.id, kind: evidence.kind, title: evidence.title }) },
    });
  });
  if (evidence.kind === "file") await deleteEvidenceFile(evidence.id);
}
