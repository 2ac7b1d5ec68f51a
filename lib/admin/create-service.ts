import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { invalidateCatalogue } from "@/lib/services/catalogue";
import { toServiceRow } from "@/lib/services/service-row";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit } from "./audit";
import { requireAdmin } from "./authorize";
import { validateService } from "./validate-service";

/**
 * Add a new service. It goes last in its division's list. Refused with
 * AppError("invalid", { fieldErrors }) when the definition does not validate or the code
 * is taken (codes are permanent: links, QR codes and Open311 clients use them).
 */
export async function createService(staff: StaffSession, input: { definition: unknown }): Promise<{ id: number; code: string }> {
  requireAdmin(staff);
  const checked = validateService(input.definition);
  if (!checked.ok) throw new AppError("invalid", { fieldErrors: checked.errors });
  const definition = checked.definition;
  const division = await db.division.findUnique({ where: { code: definition.division }, select: { id: true } });
  if (!division) throw new AppError("invalid", { fieldErrors: { division: { code: "invalidChoice" } } });
  if (await db.service.findUnique({ where: { code: definition.code }, select: { id: true } })) {
    throw new AppError("invalid", { fieldErrors: { code: { code: "codeTaken" } } });
  }

  const last = await db.service.aggregate({ where: { divisionId: division.id }, _max: { sortOrder: true } });
  const row = toServiceRow(definition, (last._max.sortOrder ?? -1) + 1);
  const created = await db.$transaction(async (tx) => {
    const service = await tx.service.create({ data: { ...row, divisionId: division.id }, select: { id: true, code: true } });
    await tx.auditLog.create({
      data: adminAudit(staff, "service.created", { type: "service", id: service.code }, { division: definition.division, active: definition.active }),
    });
    return service;
  });
  invalidateCatalogue();
  return created;
}
