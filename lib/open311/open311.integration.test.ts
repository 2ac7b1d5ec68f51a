import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { routeOpen311 } from "./route";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

const get = (path: string) => routeOpen311("GET", new URL(path, "http://localhost"));
const json = async (path: string) => JSON.parse((await get(path))!.body.toString("utf8"));

describe("Open311 routes", () => {
  it("list every active service, Thai by default and English on request", async () => {
    const thai = (await json("/open311/v2/services.json")) as { group: string }[];
    const english = (await json("/open311/v2/services.json?locale=en")) as { group: string }[];
    expect(thai.length).toBe(await db.service.count({ where: { active: true } }));
    expect(thai.map((s) => s.group)).toContain("กองช่าง");
    expect(english.map((s) => s.group)).toContain("Engineering Division");
    const xml = await get("/open311/v2/services.xml");
    expect(xml!.headers["Content-Type"]).toBe("text/xml; charset=utf-8");
    expect(xml!.body.toString("utf8")).toContain("<group>กองช่าง</group>");
  });

  it("return a definition for every service, and 404 in the Open311 error shape otherwise", async () => {
    for (const { code } of await db.service.findMany({ select: { code: true } })) {
      expect((await get(`/open311/v2/services/${code}.json`))!.status, code).toBe(200);
    }
    const missing = await get("/open311/v2/services/NOPE.xml");
    expect(missing!.status).toBe(404);
    expect(missing!.headers["Content-Type"]).toBe("text/xml; charset=utf-8");
    expect(missing!.body.toString("utf8")).toContain("<code>404</code>");
    expect((await get("/open311/v2/services/..%2F..%2Fetc%2Fpasswd"))!.status).toBe(404);
    expect((await get("/open311/v2/services/%E0%A4%A"))!.status).toBe(404);
    expect((await get("/open311/v2/requests.json"))!.status).toBe(404);
  });

  it("answer a language they do not speak with 400, not quietly in Thai", async () => {
    for (const path of ["/open311/v2/services.json?locale=fr", "/open311/v2/services.xml?lang=xx", "/open311/v2/services/PUBLIC_INFRASTRUCTURE_REPAIR.json?locale="]) {
      expect((await get(path))!.status, path).toBe(400);
    }
    expect(await json("/open311/v2/services.json?locale=fr")).toEqual([{ code: 400, description: "Unknown locale: use locale=th or locale=en" }]);
  });

  it("refuses methods other than GET and leaves other paths alone", async () => {
    const post = await routeOpen311("POST", new URL("http://localhost/open311/v2/services.json"));
    expect(post!.status).toBe(405);
    expect(post!.headers.Allow).toBe("GET, HEAD");
    expect(await routeOpen311("GET", new URL("http://localhost/services"))).toBeNull();
  });
});
