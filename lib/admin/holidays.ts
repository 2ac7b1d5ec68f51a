import { z } from "zod";
import { isCalendarDate, isWeekend } from "@/lib/calendar/dates";
import { invalidateHolidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit } from "./audit";
import { requireAdmin } from "./authorize";
import { fieldErrorsFromIssues, type FieldErrors } from "./field-errors";

/**
 * The holiday calendar (วันหยุดราชการ) the legal clocks skip. Weekends are always off and
 * are not stored: for a holiday on a weekend, the Cabinet announces a substitution day, and
 * that weekday is what goes in the list. Due dates already given to residents stay as they
 * were; new filings (and later clock pauses) use the edited calendar at once.
 */
export type HolidayRow = { date: string; nameTh: string; nameEn: string };

const holidayInput = z.object({
  date: z.string().trim(),
  nameTh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
});

/** The holidays of one calendar (Gregorian) year, and the years that have any. */
export async function listHolidays(staff: StaffSession, year: number): Promise<{ holidays: HolidayRow[]; years: number[] }> {
  requireAdmin(staff);
  const [holidays, all] = await Promise.all([
    db.holiday.findMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }, orderBy: { date: "asc" } }),
    db.holiday.findMany({ select: { date: true } }),
  ]);
  const years = [...new Set(all.map((h) => Number(h.date.slice(0, 4))))].sort((a, b) => a - b);
  return { holidays, years };
}

export async function addHoliday(staff: StaffSession, input: { date: string; nameTh: string; nameEn: string }): Promise<HolidayRow> {
  requireAdmin(staff);
  const parsed = holidayInput.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  const date = String(input.date ?? "").trim();
  if (!isCalendarDate(date)) errors.date = { code: "invalidDate" };
  else if (isWeekend(date)) errors.date = { code: "weekend" };
  else if (await db.holiday.findUnique({ where: { date } })) errors.date = { code: "dateTaken" };
  if (!parsed.success || Object.keys(errors).length > 0) throw new AppError("invalid", { fieldErrors: errors });

  const holiday = { date, nameTh: parsed.data.nameTh, nameEn: parsed.data.nameEn };
  await db.$transaction([
    db.holiday.create({ data: holiday }),
    db.auditLog.create({ data: adminAudit(staff, "holiday.added", { type: "holiday", id: date }, { nameTh: holiday.nameTh, nameEn: holiday.nameEn }) }),
  ]);
  invalidateHolidayCalendar();
  return holiday;
}

export async function removeHoliday(staff: StaffSession, input: { date: string }): Promise<void> {
  requireAdmin(staff);
  const holiday = await db.holiday.findUnique({ where: { date: String(input.date ?? "") } });
  if (!holiday) throw new AppError("not_found");
  await db.$transaction([
    db.holiday.delete({ where: { date: holiday.date } }),
    db.auditLog.create({ data: adminAudit(staff, "holiday.removed", { type: "holiday", id: holiday.date }, { nameTh: holiday.nameTh, nameEn: holiday.nameEn }) }),
  ]);
  invalidateHolidayCalendar();
}
