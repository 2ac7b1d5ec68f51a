import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import * as schema from "@/test/support/georeport-v2";
import { jsonOf, open311 } from "@/test/support/open311-client";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

const xml = new XMLParser({ isArray: (name) => ["service", "attribute", "value", "endpoint", "format", "error"].includes(name) });

describe("Open311 discovery", () => {
  it("lists the services offered through Open311, Thai by default and English on request, valid by the published schema", async () => {
    const offered = (await db.service.findMany({ where: { active: true } })).filter((s) => (JSON.parse(s.channels) as string[]).includes("open311"));
    expect(offered.map((s) => s.code).sort()).toEqual(["GENERAL_COMPLAINT", "PUBLIC_INFRASTRUCTURE_REPAIR", "TREE_CUTTING"]);
    const thai = schema.services.parse(jsonOf(await open311("GET", "/open311/v2/services.json")));
    const english = schema.services.parse(jsonOf(await open311("GET", "/open311/v2/services.json?locale=en")));
    expect(thai.map((s) => s.service_code).sort()).toEqual(offered.map((s) => s.code).sort());
    expect(thai.map((s) => s.group)).toContain("กองช่าง");
    expect(english.map((s) => s.group)).toContain("Engineering Division");
    const reply = await open311("GET", "/open311/v2/services.xml");
    expect(reply.headers["Content-Type"]).toBe("text/xml; charset=utf-8");
    expect(XMLValidator.validate(reply.body.toString("utf8"))).toBe(true);
    const parsed = xml.parse(reply.body.toString("utf8")) as { services: { service: { service_code: string; group: string }[] } };
    expect(parsed.services.service.map((s) => s.service_code).sort()).toEqual(thai.map((s) => s.service_code).sort());
  });

  it("defines each offered service's attributes, leaving out files and wording conditions", async () => {
    const definition = schema.serviceDefinition.parse(jsonOf(await open311("GET", "/open311/v2/services/PUBLIC_INFRASTRUCTURE_REPAIR.json?locale=en")));
    const codes = definition.attributes.map((a) => a.code);
    expect(codes).toContain("problemType");
    expect(codes).not.toContain("photos");
    const pole = definition.attributes.find((a) => a.code === "poleNumber")!;
    expect(pole.required).toBe(false);
    expect(pole.datatype_description).toContain("Asked only when attribute[problemType] is street_light");
    const reply = await open311("GET", "/open311/v2/services/PUBLIC_INFRASTRUCTURE_REPAIR.xml");
    expect(XMLValidator.validate(reply.body.toString("utf8"))).toBe(true);
    // A service not offered through Open311 is not there, as for an unknown code.
    for (const path of ["/open311/v2/services/ELDERLY_ALLOWANCE.json", "/open311/v2/services/NOPE.xml"]) {
      const missing = await open311("GET", path);
      expect(missing.status, path).toBe(404);
    }
    const missingXml = xml.parse((await open311("GET", "/open311/v2/services/NOPE.xml")).body.toString("utf8")) as { errors: { error: { code: number }[] } };
    expect(missingXml.errors.error[0]!.code).toBe(404);
    expect((await open311("GET", "/open311/v2/services/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });

  it("serves the discovery document in both formats, with text/xml among the formats", async () => {
    const document = schema.discovery.parse(jsonOf(await open311("GET", "/open311/discovery.json")));
    expect(document.endpoints[0]!.url).toMatch(/\/open311\/v2$/);
    expect(document.endpoints[0]!.specification).toBe("http://wiki.open311.org/GeoReport_v2");
    const reply = await open311("GET", "/open311/discovery.xml");
    const parsed = xml.parse(reply.body.toString("utf8")) as { discovery: { endpoints: { endpoint: { formats: { format: string[] } }[] } } };
    expect(parsed.discovery.endpoints.endpoint[0]!.formats.format).toContain("text/xml");
  });

  it("answers a language it does not speak, a wrong method and an unknown path in the error shape", async () => {
    const fr = await open311("GET", "/open311/v2/services.json?locale=fr");
    expect(fr.status).toBe(400);
    expect(schema.errors.parse(jsonOf(fr))).toEqual([{ code: 400, description: "Unknown locale: use locale=th or locale=en" }]);
    const put = await open311("PUT", "/open311/v2/requests.json");
    expect(put.status).toBe(405);
    expect(put.headers.Allow).toBe("GET, HEAD, POST");
    expect((await open311("POST", "/open311/v2/services.json")).headers.Allow).toBe("GET, HEAD");
    expect((await open311("GET", "/open311/v2/nothing.json")).status).toBe(404);
    // Every service is realtime: there is never a token to look up.
    const token = await open311("GET", "/open311/v2/tokens/abc.xml");
    expect(token.status).toBe(404);
    expect(XMLValidator.validate(token.body.toString("utf8"))).toBe(true);
  });
});
