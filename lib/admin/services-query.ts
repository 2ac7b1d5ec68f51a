import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { fromServiceRow, rowToCandidate } from "@/lib/services/service-row";
import type { StaffSession } from "@/lib/staff/session";
import { requireAdmin } from "./authorize";
import type { FieldErrors } from "./field-errors";
import { draftFromCandidate, type ServiceDraft } from "./service-draft";
import { validateService } from "./validate-service";

/**
 * Reading services for administration: every service, active or not, including one whose
 * stored definition no longer validates (hidden from the public until an admin fixes it).
 */
export type AdminServiceSummary = {
  id: number;
  code: string;
  nameTh: string;
  nameEn: string;
  division: { code: string; nameTh: string; nameEn: string };
  active: boolean;
  valid: boolean;
  updatedAt: Date;
};

const divisionSelect = { id: true, code: true, nameTh: true, nameEn: true } as const;

export async function listServicesForAdmin(staff: StaffSession): Promise<AdminServiceSummary[]> {
  requireAdmin(staff);
  const rows = await db.service.findMany({
    include: { division: { select: divisionSelect } },
    orderBy: [{ division: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    division: { code: row.division.code, nameTh: row.division.nameTh, nameEn: row.division.nameEn },
    active: row.active,
    valid: fromServiceRow(row).ok,
    updatedAt: row.updatedAt,
  }));
}

export type ServiceForEdit = {
  id: number;
  code: string;
  /** The version the editor started from; a save from an older one is refused. */
  updatedAt: string;
  draft: ServiceDraft;
  /** Problems of the stored definition (empty when it is valid). */
  problems: FieldErrors;
};

export async function loadServiceForEdit(staff: StaffSession, serviceId: number): Promise<ServiceForEdit> {
  requireAdmin(staff);
  const row = await db.service.findUnique({ where: { id: serviceId }, include: { division: { select: divisionSelect } } });
  if (!row) throw new AppError("not_found");
  const candidate = rowToCandidate(row);
  const checked = validateService(candidate);
  return {
    id: row.id,
    code: row.code,
    updatedAt: row.updatedAt.toISOString(),
    draft: draftFromCandidate(candidate),
    problems: checked.ok ? {} : checked.errors,
  };
}
