import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { getOpen311Definition } from "./get-definition";
import { listOpen311Services } from "./list-services";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

const request = (query = "") => new Request(`http://localhost/open311/v2/services.json${query}`);

describe("Open311 endpoints", () => {
  it("list every active service, Thai by default and English on request", async () => {
    const thai = (await (await listOpen311Services(request(), "json")).json()) as { group: string }[];
    const english = (await (await listOpen311Services(request("?locale=en"), "json")).json()) as { group: string }[];
    expect(thai.length).toBe(await db.service.count({ where: { active: true } }));
    expect(thai.map((s) => s.group)).toContain("กองช่าง");
    expect(english.map((s) => s.group)).toContain("Engineering Division");
  });

  it("return a definition for every service, and 404 in the Open311 error shape otherwise", async () => {
    for (const { code } of await db.service.findMany({ select: { code: true } })) {
      const response = await getOpen311Definition(request(), `${code}.json`);
      expect(response.status, code).toBe(200);
    }
    const missing = await getOpen311Definition(request(), "NOPE.xml");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(await missing.text()).toContain("<code>404</code>");
    expect((await getOpen311Definition(request(), "../../etc/passwd")).status).toBe(404);
  });
});
