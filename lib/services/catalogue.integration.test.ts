import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { findActiveService, invalidateCatalogue, listActiveServices } from "./catalogue";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

describe("catalogue", () => {
  it("lists active services grouped in division order", async () => {
    const services = await listActiveServices();
    expect(services.length).toBeGreaterThanOrEqual(20);
    const divisionOrder = services.map((s) => s.division.code).filter((code, i, all) => all.indexOf(code) === i);
    expect(divisionOrder).toEqual(["PALAD", "FINANCE", "ENGINEERING", "WELFARE", "STRATEGY"]);
  });

  it("hides inactive services from the list and from direct links", async () => {
    const [first] = await listActiveServices();
    await db.service.update({ where: { code: first!.code }, data: { active: false } });
    invalidateCatalogue();
    expect((await listActiveServices()).map((s) => s.code)).not.toContain(first!.code);
    expect(await findActiveService(first!.code)).toBeNull();
    await db.service.update({ where: { code: first!.code }, data: { active: true } });
    invalidateCatalogue();
  });

  it("keeps a service with a broken stored form off public pages, and the rest working", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const [first, second] = await listActiveServices();
    await db.service.update({ where: { code: first!.code }, data: { form: "{not json" } });
    invalidateCatalogue();

    const codes = (await listActiveServices()).map((s) => s.code);
    expect(codes).not.toContain(first!.code);
    expect(codes).toContain(second!.code);
    expect(await findActiveService(first!.code)).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`service ${first!.code} is hidden`));
    error.mockRestore();
  });

  it("shows an edit made elsewhere within two seconds, without a database read per page", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      invalidateCatalogue();
      const [first] = await listActiveServices();
      await db.service.update({ where: { code: first!.code }, data: { nameEn: "Renamed by another server" } });
      expect((await findActiveService(first!.code))?.name.en).not.toBe("Renamed by another server");
      vi.advanceTimersByTime(2_001);
      expect((await findActiveService(first!.code))?.name.en).toBe("Renamed by another server");
    } finally {
      vi.useRealTimers();
    }
  });

  it("returns null for unknown codes", async () => {
    expect(await findActiveService("NO_SUCH_SERVICE")).toBeNull();
  });
});
