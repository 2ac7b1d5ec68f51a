import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { OIT_ITEMS, SEEDED_YEARS } from "@/lib/ita/oit-list";
import { seedDatabase } from "./seed-database";
import { seedHolidays } from "./holidays";
import { seedServices } from "./services";

afterAll(() => db.$disconnect());

describe("seedDatabase", () => {
  it("fills an empty database with the five divisions, the services and the holidays", async () => {
    const report = await seedDatabase(db);
    expect(report).toEqual({ divisions: 5, services: seedServices.length, holidays: seedHolidays.length, itaItems: OIT_ITEMS.length * SEEDED_YEARS.length });
    expect(await db.division.count()).toBe(5);
    expect(await db.service.count()).toBeGreaterThanOrEqual(20);
    expect(await db.holiday.count()).toBe(seedHolidays.length);
  });

  it("changes nothing when run again", async () => {
    const before = await db.service.findMany({ orderBy: { code: "asc" } });
    expect(await seedDatabase(db)).toEqual({ divisions: 0, services: 0, holidays: 0, itaItems: 0 });
    expect(await db.service.findMany({ orderBy: { code: "asc" } })).toEqual(before);
  });

  it("never overwrites a staff edit nor brings back what staff removed", async () => {
    const service = await db.service.findFirstOrThrow({ orderBy: { code: "asc" } });
    await db.service.update({ where: { id: service.id }, data: { nameTh: "ชื่อที่เจ้าหน้าที่แก้ไข", processingDays: 3 } });
    const holiday = seedHolidays[0]!;
    await db.holiday.delete({ where: { date: holiday.date } });

    await seedDatabase(db);

    const after = await db.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(after.nameTh).toBe("ชื่อที่เจ้าหน้าที่แก้ไข");
    expect(after.processingDays).toBe(3);
    expect(await db.holiday.findUnique({ where: { date: holiday.date } })).toBeNull();
  });
});
