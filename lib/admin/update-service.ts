import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { invalidateCatalogue } from "@/lib/services/catalogue";
import { toServiceRow, type ServiceRow } from "@/lib/services/service-row";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit } from "./audit";
import { requireAdmin } from "./authorize";
import { serviceChanges } from "./service-audit";
import { validateService } from "./validate-service";

export type UpdateServiceInput = {
  serviceId: number;
  /** A service definition (see lib/services/service-definition.ts); validated here. */
  definition: unknown;
  /** The `updatedAt` the editor loaded; when given, a save over someone else's newer edit is refused. */
  expectedUpdatedAt?: string | null;
};

/**
 * Save an edit of a service: everything its public manual and form hold. The public code
 * never changes (links, printed QR codes and Open311 clients use it). Refused with
 * AppError("invalid", { fieldErrors }) when the definition does not validate.
 */
export async function updateService(staff: StaffSession, input: UpdateServiceInput): Promise<{ id: number; code: string }> {
  requireAdmin(staff);
  const row = await db.service.findUnique({ where: { id: input.serviceId }, include: { division: { select: { code: true } } } });
  if (!row) throw new AppError("not_found");

  const definition = { ...(input.definition as Record<string, unknown>), code: row.code };
  const checked = validateService(definition);
  if (!checked.ok) throw new AppError("invalid", { fieldErrors: checked.errors });
  const division = await db.division.findUnique({ where: { code: checked.definition.division }, select: { id: true } });
  if (!division) throw new AppError("invalid", { fieldErrors: { division: { code: "invalidChoice" } } });

  const next = toServiceRow(checked.definition, row.sortOrder);
  const detail = serviceChanges({ ...pickRow(row), divisionCode: row.division.code }, { ...next, divisionCode: checked.definition.division });
  if (Object.keys(detail).length === 0) return { id: row.id, code: row.code }; // nothing to save, nothing to audit
  await db.$transaction(async (tx) => {
    const updated = await tx.service.updateMany({
      where: { id: row.id, ...(input.expectedUpdatedAt ? { updatedAt: new Date(input.expectedUpdatedAt) } : {}) },
      data: { ...next, divisionId: division.id },
    });
    if (updated.count === 0) throw new AppError("changed_meanwhile");
    await tx.auditLog.create({ data: adminAudit(staff, "service.updated", { type: "service", id: row.code }, { changed: detail }) });
  });
  invalidateCatalogue();
  return { id: row.id, code: row.code };
}

function pickRow(row: ServiceRow): ServiceRow {
  const { code, nameTh, nameEn, descriptionTh, descriptionEn, category, processingDays, processingBasis, processingNoteTh, processingNoteEn } = row;
  const { feeTh, feeEn, criteriaTh, criteriaEn, legalBasisTh, legalBasisEn, documents, steps, channels, keywords, form, routing, location, identityCheck, active, sortOrder } = row;
  const { eligibility, kind, acknowledgeDays } = row;
  return {
    eligibility, kind, acknowledgeDays,
    code, nameTh, nameEn, descriptionTh, descriptionEn, category, processingDays, processingBasis, processingNoteTh, processingNoteEn,
    feeTh, feeEn, criteriaTh, criteriaEn, legalBasisTh, legalBasisEn, documents, steps, channels, keywords, form, routing, location, identityCheck, active, sortOrder,
  };
}
