import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { seal, unseal } from "@/lib/security/data-key";
import type { StaffPrincipal } from "@/lib/staff/policy";

/**
 * Where a HEAD's checklist reminders go. Staff accounts have no real address (Better Auth's
 * is a placeholder), so a HEAD gives their own here; it is sealed like residents' addresses.
 */
export const contactContext = (staffUserId: number) => `ItaContact.email:${staffUserId}`;
const address = z.email().max(254);

export async function setReminderAddress(staff: StaffPrincipal, email: string): Promise<void> {
  if (staff.role !== "HEAD") throw new AppError("forbidden");
  const value = email.trim();
  if (value === "") {
    await db.$transaction([
      db.itaContact.deleteMany({ where: { staffUserId: staff.id } }),
      db.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.contact_set", subjectType: "staff", subjectId: String(staff.id), detail: JSON.stringify({ removed: true }) } }),
    ]);
    return;
  }
  if (!address.safeParse(value).success) throw new AppError("invalid", { fieldErrors: { email: { code: "invalidEmail" } } });
  const sealed = seal(value, contactContext(staff.id));
  await db.$transaction([
    db.itaContact.upsert({ where: { staffUserId: staff.id }, create: { staffUserId: staff.id, email: sealed }, update: { email: sealed } }),
    db.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.contact_set", subjectType: "staff", subjectId: String(staff.id), detail: JSON.stringify({ removed: false }) } }),
  ]);
}

/** The HEAD's address, or null (none given, or sealed under a key this server lacks). */
export async function readReminderAddress(staffUserId: number): Promise<string | null> {
  const row = await db.itaContact.findUnique({ where: { staffUserId } });
  if (!row) return null;
  try {
    return unseal(row.email, contactContext(staffUserId));
  } catch {
    return null;
  }
}
