import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type StaffPrincipal } from "@/lib/staff/policy";

/**
 * The item, with its division read from the row (never from the form), if this person may
 * give its evidence: a HEAD or OFFICER of that division, or an ADMIN. Anyone else gets
 * forbidden; an item that does not exist, not_found.
 */
export async function loadItemForEvidence(staff: StaffPrincipal, itemId: number) {
  const item = Number.isInteger(itemId) ? await db.itaItem.findUnique({ where: { id: itemId } }) : null;
  if (!item) throw new AppError("not_found");
  if (!can(staff, "ita.evidence", item.divisionId)) throw new AppError("forbidden");
  return item;
}
