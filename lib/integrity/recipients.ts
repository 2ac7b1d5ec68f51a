import { z } from "zod";
import { db } from "@/lib/db/client";
import { makeRecipientKeys } from "./recipient-keys";
import { sodium } from "./sodium";

export const recipientPasswordSchema = z
  .string()
  .min(12, { message: "รหัสผ่านต้องยาวอย่างน้อย 12 ตัวอักษร / The password needs at least 12 characters" })
  .max(1_000);

export type AddRecipientResult = { ok: true; recipientId: number } | { ok: false; code: "noSuchStaff" | "inactiveStaff" | "noSuchDivision" | "alreadyRecipient" | "weakPassword"; message?: string };

/** Make a staff member a recipient, with keys under their own password. */
export async function addRecipient(input: { username: string; divisionCode?: string; password: string }): Promise<AddRecipientResult> {
  const password = recipientPasswordSchema.safeParse(input.password);
  if (!password.success) return { ok: false, code: "weakPassword", message: password.error.issues[0]!.message };
  const staff = await db.staffUser.findUnique({ where: { username: input.username.trim().toLowerCase() }, select: { id: true, active: true } });
  if (!staff) return { ok: false, code: "noSuchStaff" };
  if (!staff.active) return { ok: false, code: "inactiveStaff" };
  let divisionId: number | null = null;
  if (input.divisionCode) {
    const division = await db.division.findUnique({ where: { code: input.divisionCode.trim().toUpperCase() }, select: { id: true } });
    if (!division) return { ok: false, code: "noSuchDivision" };
    divisionId = division.id;
  }
  if (await db.integrityRecipient.findUnique({ where: { staffUserId: staff.id }, select: { id: true } })) return { ok: false, code: "alreadyRecipient" };
  const keys = makeRecipientKeys(await sodium(), password.data);
  const row = await db.integrityRecipient.create({ data: { staffUserId: staff.id, divisionId, ...keys } });
  await db.integrityAccessLog.create({ data: { actor: "cli", recipientId: row.id, action: "recipient_added" } });
  return { ok: true, recipientId: row.id };
}

/** Recipients with their staff username and division code (read separately: no relations). */
export async function listRecipients() {
  const rows = await db.integrityRecipient.findMany({ select: { id: true, staffUserId: true, divisionId: true, createdAt: true, _count: { select: { keys: true } } }, orderBy: { id: "asc" } });
  const staff = await db.staffUser.findMany({ where: { id: { in: rows.map((r) => r.staffUserId) } }, select: { id: true, username: true, displayName: true } });
  const divisions = await db.division.findMany({ select: { id: true, code: true } });
  return rows.map((r) => ({
    id: r.id,
    username: staff.find((s) => s.id === r.staffUserId)?.username ?? "(staff account gone)",
    displayName: staff.find((s) => s.id === r.staffUserId)?.displayName ?? "",
    division: divisions.find((d) => d.id === r.divisionId)?.code ?? null,
    reports: r._count.keys,
    createdAt: r.createdAt,
  }));
}

/** Remove a recipient and their sealed copies: reports sealed only to them become unreadable. */
export async function removeRecipient(username: string): Promise<{ ok: true; orphaned: number } | { ok: false; code: "notRecipient" }> {
  const staff = await db.staffUser.findUnique({ where: { username: username.trim().toLowerCase() }, select: { id: true } });
  const row = staff && (await db.integrityRecipient.findUnique({ where: { staffUserId: staff.id }, select: { id: true } }));
  if (!row) return { ok: false, code: "notRecipient" };
  const theirs = await db.integrityReportKey.findMany({ where: { recipientId: row.id }, select: { reportId: true } });
  const othersHold = await db.integrityReportKey.findMany({ where: { reportId: { in: theirs.map((k) => k.reportId) }, recipientId: { not: row.id } }, select: { reportId: true }, distinct: ["reportId"] });
  await db.$transaction(async (tx) => {
    await tx.integrityRecipient.delete({ where: { id: row.id } });
    await tx.integrityAccessLog.create({ data: { actor: "cli", recipientId: row.id, action: "recipient_removed" } });
  });
  return { ok: true, orphaned: theirs.length - othersHold.length };
}
