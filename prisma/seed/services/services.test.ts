import { describe, expect, it } from "vitest";
import { CATEGORY_CODES } from "@/lib/services/categories";
import { DIVISION_CODES } from "@/lib/services/divisions";
import { forbiddenDocumentDemands, serviceDefinition } from "@/lib/services/service-definition";
import { seedServices } from "./index";

/** Identity and contact data come from the ID card and the filing flow, never the form. */
const IDENTITY_KEYS = ["citizenId", "nationalId", "firstName", "lastName", "fullName", "birthDate", "address", "phone"];

describe("seed service catalogue", () => {
  it("has at least 20 services", () => {
    expect(seedServices.length).toBeGreaterThanOrEqual(20);
  });

  it.each(seedServices.map((s) => [s.code, s] as const))("%s parses as a service definition", (_code, service) => {
    const result = serviceDefinition.safeParse(service);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("uses unique codes", () => {
    const codes = seedServices.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("routes services to every division", () => {
    const used = new Set(seedServices.map((s) => s.division));
    expect([...used].sort()).toEqual([...DIVISION_CODES].sort());
  });

  it("uses every category", () => {
    const used = new Set(seedServices.map((s) => s.category));
    expect([...used].sort()).toEqual([...CATEGORY_CODES].sort());
  });

  it.each(seedServices.map((s) => [s.code, s] as const))("%s demands no photocopies of state documents", (_code, service) => {
    const parsed = serviceDefinition.parse(service);
    expect(forbiddenDocumentDemands(parsed)).toEqual([]);
    for (const doc of parsed.documents) {
      expect(doc.th).not.toMatch(/สำเนา/);
      expect(doc.en).not.toMatch(/photocop|\bcopy\b/i);
    }
  });

  it.each(seedServices.map((s) => [s.code, s] as const))("%s has a real form and manual", (_code, service) => {
    const parsed = serviceDefinition.parse(service);
    expect(parsed.form.fields.length).toBeGreaterThan(0);
    expect(parsed.steps.length).toBeGreaterThanOrEqual(3);
    expect(parsed.steps.length).toBeLessThanOrEqual(6);
    expect(parsed.keywords.length).toBeGreaterThan(0);
    const orders = parsed.form.fields.map((f) => f.order);
    expect(new Set(orders).size).toBe(orders.length);
    for (const field of parsed.form.fields) {
      expect(IDENTITY_KEYS).not.toContain(field.key);
      if (field.type === "text") expect(field.format).not.toBe("phone");
    }
  });

  it("only lets counter-and-online services skip the kiosk when they need plans or privacy", () => {
    const noKiosk = seedServices.filter((s) => !s.channels.includes("kiosk")).map((s) => s.code);
    expect(noKiosk).toContain("BUILDING_PERMIT");
    expect(seedServices.every((s) => s.channels.includes("counter"))).toBe(true);
  });
});
