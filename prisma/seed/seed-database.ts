import type { Database } from "@/lib/db/client";
import { serviceDefinition } from "@/lib/services/service-definition";
import { toServiceRow } from "@/lib/services/service-row";
import { seedDivisions } from "./divisions";
import { seedHolidays } from "./holidays";
import { seedItaItems } from "./ita-items";
import { seedServices } from "./services";

export type SeedReport = { divisions: number; services: number; holidays: number; itaItems: number };

/**
 * Add the divisions, services, holidays and integrity-assessment items this release ships that were never added
 * before. Rows are never updated, and anything added once is remembered (SeedMark), so
 * staff edits and deliberate removals survive every run, and a second run changes nothing.
 */
export async function seedDatabase(db: Database): Promise<SeedReport> {
  const marks = new Set((await db.seedMark.findMany({ select: { item: true } })).map((m) => m.item));
  const report: SeedReport = { divisions: 0, services: 0, holidays: 0, itaItems: 0 };

  for (const [index, division] of seedDivisions.entries()) {
    const item = `division:${division.code}`;
    if (marks.has(item)) continue;
    await db.$transaction([
      db.division.upsert({ where: { code: division.code }, create: { ...division, sortOrder: index }, update: {} }),
      db.seedMark.create({ data: { item } }),
    ]);
    report.divisions++;
  }

  const divisions = new Map((await db.division.findMany()).map((d) => [d.code, d.id]));
  for (const [index, input] of seedServices.entries()) {
    const definition = serviceDefinition.parse(input);
    const item = `service:${definition.code}`;
    if (marks.has(item)) continue;
    const divisionId = divisions.get(definition.division);
    if (divisionId === undefined) throw new Error(`seed service ${definition.code}: unknown division ${definition.division}`);
    const data = { ...toServiceRow(definition, index), divisionId };
    await db.$transaction([
      db.service.upsert({ where: { code: definition.code }, create: data, update: {} }),
      db.seedMark.create({ data: { item } }),
    ]);
    report.services++;
  }

  const newHolidays = seedHolidays.filter((h) => !marks.has(`holiday:${h.date}`));
  if (newHolidays.length > 0) {
    const existing = new Set((await db.holiday.findMany({ select: { date: true } })).map((h) => h.date));
    await db.$transaction([
      db.holiday.createMany({ data: newHolidays.filter((h) => !existing.has(h.date)) }),
      db.seedMark.createMany({ data: newHolidays.map((h) => ({ item: `holiday:${h.date}` })) }),
    ]);
    report.holidays = newHolidays.length;
  }
  report.itaItems = await seedItaItems(db, marks);
  return report;
}
