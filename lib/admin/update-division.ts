import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { invalidateCatalogue } from "@/lib/services/catalogue";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit, changes } from "./audit";
import { requireAdmin } from "./authorize";
import { fieldErrorsFromIssues } from "./field-errors";

/**
 * A division's public names, summary, queue letter and place in the catalogue. The code
 * (PALAD, FINANCE...) is fixed: routing rules and the seed refer to it.
 */
export const divisionEdit = z.object({
  nameTh: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  summaryTh: z.string().trim().max(500),
  summaryEn: z.string().trim().max(500),
  // The letter on the division's queue tickets (C-014): one capital letter, read out at the counter.
  queuePrefix: z.string().trim().regex(/^[A-Z]$/),
  sortOrder: z.coerce.number().int().min(0).max(99),
});
export type DivisionEdit = z.input<typeof divisionEdit>;

export type AdminDivision = {
  id: number;
  code: string;
  nameTh: string;
  nameEn: string;
  summaryTh: string;
  summaryEn: string;
  queuePrefix: string;
  sortOrder: number;
};

export async function listDivisionsForAdmin(staff: StaffSession): Promise<AdminDivision[]> {
  requireAdmin(staff);
  return db.division.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, nameTh: true, nameEn: true, summaryTh: true, summaryEn: true, queuePrefix: true, sortOrder: true },
  });
}

export async function updateDivision(staff: StaffSession, divisionId: number, input: DivisionEdit): Promise<AdminDivision> {
  requireAdmin(staff);
  const division = await db.division.findUnique({ where: { id: divisionId } });
  if (!division) throw new AppError("not_found");
  const parsed = divisionEdit.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
  const edit = parsed.data;
  const sameLetter = await db.division.findFirst({ where: { queuePrefix: edit.queuePrefix, id: { not: division.id } }, select: { id: true } });
  if (sameLetter) throw new AppError("invalid", { fieldErrors: { queuePrefix: { code: "prefixTaken" } } });

  const changed = changes(division, edit, ["nameTh", "nameEn", "summaryTh", "summaryEn", "queuePrefix", "sortOrder"]);
  if (Object.keys(changed).length === 0) return division; // nothing to save, nothing to audit
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.division.update({ where: { id: division.id }, data: edit });
    await tx.auditLog.create({ data: adminAudit(staff, "division.updated", { type: "division", id: division.code }, { changed }) });
    return row;
  });
  invalidateCatalogue();
  return updated;
}
