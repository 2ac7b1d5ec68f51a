import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { findActiveService, findDivision } from "@/lib/services/catalogue";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { addHoliday, listHolidays, removeHoliday } from "./holidays";
import { makeStaff } from "./test-staff";
import { listDivisionsForAdmin, updateDivision } from "./update-division";

let admin: StaffSession;
let head: StaffSession;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.calendar", "ADMIN");
  head = await makeStaff("head.calendar", "HEAD", ["PALAD"]);
});
afterAll(() => db.$disconnect());

describe("updateDivision", () => {
  it("saves names, summary, queue letter and order; audits the change; the catalogue shows it", async () => {
    const division = (await listDivisionsForAdmin(admin)).find((d) => d.code === "ENGINEERING")!;
    await findDivision("ENGINEERING"); // cached
    await updateDivision(admin, division.id, { ...division, nameEn: "Public Works Division", queuePrefix: "G", sortOrder: 1 });

    expect(await findDivision("ENGINEERING")).toMatchObject({ nameEn: "Public Works Division", queuePrefix: "G" });
    expect((await findActiveService("PUBLIC_INFRASTRUCTURE_REPAIR"))?.division.nameEn).toBe("Public Works Division");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "division.updated", subjectId: "ENGINEERING" } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.detail)).toEqual({
      changed: { nameEn: { from: division.nameEn, to: "Public Works Division" }, queuePrefix: { from: "C", to: "G" }, sortOrder: { from: division.sortOrder, to: 1 } },
    });
  });

  it("refuses an empty name, a queue letter that is not one capital letter, and one another division uses", async () => {
    const division = (await listDivisionsForAdmin(admin)).find((d) => d.code === "WELFARE")!;
    await expect(updateDivision(admin, division.id, { ...division, nameTh: " ", queuePrefix: "AB" })).rejects.toMatchObject({
      code: "invalid",
      details: { fieldErrors: { nameTh: { code: "required" }, queuePrefix: { code: "invalid" } } },
    });
    await expect(updateDivision(admin, division.id, { ...division, queuePrefix: "A" })).rejects.toMatchObject({
      details: { fieldErrors: { queuePrefix: { code: "prefixTaken" } } },
    });
    await expect(updateDivision(admin, 99_999, division)).rejects.toMatchObject({ code: "not_found" });
  });

  it("writes no audit row when nothing changed", async () => {
    const division = (await listDivisionsForAdmin(admin)).find((d) => d.code === "FINANCE")!;
    const before = await db.auditLog.count();
    await updateDivision(admin, division.id, { ...division });
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses anyone but an admin", async () => {
    const division = (await listDivisionsForAdmin(admin))[0]!;
    await expect(updateDivision(head, division.id, { ...division, nameEn: "Mine now" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listDivisionsForAdmin(head)).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.division.findUniqueOrThrow({ where: { id: division.id } })).nameEn).toBe(division.nameEn);
  });
});

describe("holidays", () => {
  // Friday 2027-01-08 is a working day in the seed calendar; five working days later is Friday 2027-01-15.
  it("adding one moves due dates at once (the holiday cache is invalidated), removing one moves them back", async () => {
    expect(addWorkingDays("2027-01-08", 5, await holidayCalendar())).toBe("2027-01-15");
    await addHoliday(admin, { date: "2027-01-12", nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday" });
    expect(addWorkingDays("2027-01-08", 5, await holidayCalendar())).toBe("2027-01-18");
    expect((await listHolidays(admin, 2027)).holidays).toContainEqual({ date: "2027-01-12", nameTh: "วันหยุดพิเศษ", nameEn: "Special holiday" });

    await removeHoliday(admin, { date: "2027-01-12" });
    expect(addWorkingDays("2027-01-08", 5, await holidayCalendar())).toBe("2027-01-15");

    const audit = await db.auditLog.findMany({ where: { subjectType: "holiday", subjectId: "2027-01-12" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["holiday.added", admin.id],
      ["holiday.removed", admin.id],
    ]);
  });

  it("lists a year and the years that have holidays", async () => {
    const { holidays, years } = await listHolidays(admin, 2026);
    expect(holidays.length).toBeGreaterThan(10);
    expect(holidays.every((h) => h.date.startsWith("2026-"))).toBe(true);
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    expect(years).toEqual(expect.arrayContaining([2026, 2027]));
  });

  it("refuses a weekend, a date already listed, an impossible date and missing names", async () => {
    await expect(addHoliday(admin, { date: "2027-01-09", nameTh: "เสาร์", nameEn: "Saturday" })).rejects.toMatchObject({
      details: { fieldErrors: { date: { code: "weekend" } } },
    });
    await expect(addHoliday(admin, { date: "2026-01-01", nameTh: "ซ้ำ", nameEn: "Again" })).rejects.toMatchObject({
      details: { fieldErrors: { date: { code: "dateTaken" } } },
    });
    await expect(addHoliday(admin, { date: "2027-02-30", nameTh: "", nameEn: "x" })).rejects.toMatchObject({
      details: { fieldErrors: { date: { code: "invalidDate" }, nameTh: { code: "required" } } },
    });
    await expect(removeHoliday(admin, { date: "2027-01-13" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses anyone but an admin", async () => {
    await expect(addHoliday(head, { date: "2027-01-13", nameTh: "หยุด", nameEn: "Off" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeHoliday(head, { date: "2026-01-01" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listHolidays(head, 2026)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.holiday.findUnique({ where: { date: "2026-01-01" } })).not.toBeNull();
  });
});
