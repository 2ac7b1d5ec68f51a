import { z } from "zod";
import { isCalendarDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsFromIssues } from "@/lib/admin/field-errors";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { planYearCopy } from "./copy-year";
import { LIVE_KEYS } from "./live-links";

/**
 * The ADMIN's edits of a year's list (/staff/admin/ita): the assessor renumbers and
 * rewords items every year, so these are data changes, each audited with what changed.
 */
function requireAdmin(staff: StaffPrincipal): void {
  if (!can(staff, "admin")) throw new AppError("forbidden");
}

export const FISCAL_YEAR = z.coerce.number().int().min(2560).max(2700);

const itemInput = z.object({
  number: z.coerce.number().int().min(1).max(999),
  titleTh: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300),
  checksTh: z.string().trim().max(2000),
  checksEn: z.string().trim().max(2000),
  divisionId: z.coerce.number().int(),
  source: z.enum(["live", "evidence"]),
});
// As a form sends it: zod decides what is valid.
export type ItemInput = Omit<z.input<typeof itemInput>, "source"> & { source: string };

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function updateItem(staff: StaffPrincipal, itemId: number, input: ItemInput): Promise<void> {
  requireAdmin(staff);
  const parsed = itemInput.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
  const before = await db.itaItem.findUnique({ where: { id: itemId } });
  if (!before) throw new AppError("not_found");
  await checkItem(before.key, parsed.data);
  const changed = Object.fromEntries(
    (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter((k) => before[k] !== parsed.data[k]).map((k) => [k, { from: before[k], to: parsed.data[k] }]),
  );
  await db.$transaction([
    db.itaItem.update({ where: { id: itemId }, data: parsed.data }),
    db.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.item_updated", subjectType: "ita_item", subjectId: String(itemId), detail: JSON.stringify({ fiscalYear: before.fiscalYear, key: before.key, changed }) } }),
  ]);
}

/** A new item for one year (the assessor added one); its key is its address from then on. */
export async function addItem(staff: StaffPrincipal, fiscalYear: number, key: string, input: ItemInput): Promise<number> {
  requireAdmin(staff);
  const parsed = itemInput.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
  if (!KEY.test(key) || key.length > 60) throw new AppError("invalid", { fieldErrors: { key: { code: "invalidKey" } } });
  if (await db.itaItem.findUnique({ where: { fiscalYear_key: { fiscalYear, key } } })) throw new AppError("invalid", { fieldErrors: { key: { code: "keyTaken" } } });
  await checkItem(key, parsed.data);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.itaItem.create({ data: { ...parsed.data, fiscalYear, key } });
    await tx.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.item_added", subjectType: "ita_item", subjectId: String(row.id), detail: JSON.stringify({ fiscalYear, key, number: row.number }) } });
    return row;
  });
  return created.id;
}

async function checkItem(key: string, data: z.output<typeof itemInput>): Promise<void> {
  if (!(await db.division.findUnique({ where: { id: data.divisionId } }))) throw new AppError("invalid", { fieldErrors: { divisionId: { code: "required" } } });
  // "live" only for what the system really publishes: otherwise the item would look complete with no page behind it.
  if (data.source === "live" && !LIVE_KEYS.includes(key)) throw new AppError("invalid", { fieldErrors: { source: { code: "notLive" } } });
}

/** Start a new year's list from another's (no evidence is copied); returns how many items were added. */
export async function copyYear(staff: StaffPrincipal, input: { from: number; to: number }): Promise<number> {
  requireAdmin(staff);
  const from = FISCAL_YEAR.safeParse(input.from);
  const to = FISCAL_YEAR.safeParse(input.to);
  if (!from.success || !to.success || from.data === to.data) throw new AppError("invalid", { fieldErrors: { to: { code: "invalidYear" } } });
  const [source, existing] = await Promise.all([db.itaItem.findMany({ where: { fiscalYear: from.data }, orderBy: { number: "asc" } }), db.itaItem.findMany({ where: { fiscalYear: to.data }, select: { key: true } })]);
  if (source.length === 0) throw new AppError("not_found");
  const rows = planYearCopy(source, new Set(existing.map((e) => e.key)), to.data);
  await db.$transaction([
    db.itaItem.createMany({ data: rows }),
    db.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.year_copied", subjectType: "ita_year", subjectId: String(to.data), detail: JSON.stringify({ from: from.data, to: to.data, items: rows.length }) } }),
  ]);
  return rows.length;
}

/** The assessment's deadline for a year ("" clears it); the HEADs' reminders count down to it. */
export async function setDeadline(staff: StaffPrincipal, input: { fiscalYear: number; deadline: string }): Promise<void> {
  requireAdmin(staff);
  const year = FISCAL_YEAR.safeParse(input.fiscalYear);
  const deadline = input.deadline.trim();
  if (!year.success || (deadline !== "" && !isCalendarDate(deadline))) throw new AppError("invalid", { fieldErrors: { deadline: { code: "invalidDate" } } });
  const before = await db.itaYear.findUnique({ where: { fiscalYear: year.data } });
  const value = deadline === "" ? null : deadline;
  await db.$transaction([
    db.itaYear.upsert({ where: { fiscalYear: year.data }, create: { fiscalYear: year.data, deadline: value }, update: { deadline: value } }),
    db.auditLog.create({ data: { actorType: "staff", actorId: staff.id, action: "ita.deadline_set", subjectType: "ita_year", subjectId: String(year.data), detail: JSON.stringify({ from: before?.deadline ?? null, to: value }) } }),
  ]);
}
