import { expect, test } from "./support/test";
import { findServiceCode } from "./support/catalogue";

test.describe("machine-readable endpoints", () => {
  test("health answers 200 with status ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("Open311 lists services as UTF-8 JSON and XML", async ({ request }) => {
    const json = await request.get("/open311/v2/services.json");
    expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const services = (await json.json()) as { service_code: string; group: string; type: string }[];
    // The services offered through Open311: reports about public places, never private affairs.
    expect(services.map((s) => s.service_code).sort()).toEqual(["GENERAL_COMPLAINT", "PUBLIC_INFRASTRUCTURE_REPAIR", "TREE_CUTTING"]);
    expect(new Set(services.map((s) => s.group))).toEqual(new Set(["สำนักปลัด", "กองช่าง"]));

    const xml = await request.get("/open311/v2/services.xml?locale=en");
    expect(xml.headers()["content-type"]).toBe("text/xml; charset=utf-8");
    const body = await xml.text();
    expect(body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
    expect(body).toContain("<group>Engineering Division</group>");
  });

  test("Open311 describes a service's attributes", async ({ request }) => {
    const code = await findServiceCode(request, "ไฟฟ้าสาธารณะ");
    const response = await request.get(`/open311/v2/services/${code}.json`);
    expect(response.status()).toBe(200);
    const definition = (await response.json()) as { service_code: string; attributes: { code: string; datatype: string; order: number }[] };
    expect(definition.service_code).toBe(code);
    expect(definition.attributes.length).toBeGreaterThan(0);
    expect(definition.attributes.map((a) => a.order)).toEqual(definition.attributes.map((_, i) => i + 1));

    const xml = await request.get(`/open311/v2/services/${code}.xml`);
    expect(await xml.text()).toContain(`<service_code>${code}</service_code>`);

    const missing = await request.get("/open311/v2/services/NOPE.json");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: "No service with service_code NOPE" }]);
  });
});
