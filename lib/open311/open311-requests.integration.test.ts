import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readApplicant } from "@/lib/requests/applicant";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import * as schema from "@/test/support/georeport-v2";
import { jsonOf, open311 } from "@/test/support/open311-client";
import { FILED_AT, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { createApiKey, revokeApiKey } from "./api-keys";
import type { Open311Reply } from "./responses";

let key = "";
let limitedKey = "";
beforeAll(async () => {
  await seedDatabase(db);
  key = (await createApiKey({ name: "Lamphun province platform", services: [] }, "cli")).key;
  limitedKey = (await createApiKey({ name: "Tree chatbot", services: ["TREE_CUTTING"] }, "cli")).key;
});
afterAll(() => db.$disconnect());

const PERSON = { first_name: "Somsri", last_name: "Rakdee", email: "somsri.rakdee@example.org", phone: "0898765432" };

function repair(overrides: Record<string, string | string[]> = {}) {
  return {
    api_key: key,
    service_code: "PUBLIC_INFRASTRUCTURE_REPAIR",
    lat: "18.0123",
    long: "98.9123",
    address_string: "หน้าวัดก้อ หมู่ 3",
    description: "Street light out for three nights",
    media_url: "https://partner.example.org/photos/1.jpg",
    "attribute[problemType]": "street_light",
    "attribute[location]": "หน้าวัดก้อ หมู่ 3",
    "attribute[poleNumber]": "KO-117",
    ...PERSON,
    ...overrides,
  };
}

const post = (form: Record<string, string | string[]>, format = "json", options: { idempotencyKey?: string } = {}) =>
  open311("POST", `/open311/v2/requests.${format}`, { form, ...options });
const errorOf = (reply: Open311Reply) => schema.errors.parse(jsonOf(reply))[0]!;

describe("POST /open311/v2/requests", () => {
  it("files a request through the same filing as every channel, answering the id at once", async () => {
    const reply = await post(repair());
    expect(reply.status).toBe(201);
    const [answer] = schema.postResponse.parse(jsonOf(reply));
    const row = await db.request.findUniqueOrThrow({ where: { reference: answer!.service_request_id }, include: { apiKey: true, division: true } });
    expect(row.channel).toBe("open311");
    expect(row.identitySource).toBe("open311");
    expect(row.identityDetail).toBe("submitted through Lamphun province platform, not verified");
    expect(row.apiKey!.name).toBe("Lamphun province platform");
    expect(row.division.code).toBe("ENGINEERING");
    expect(JSON.parse(row.answers)).toEqual({ problemType: "street_light", location: "หน้าวัดก้อ หมู่ 3", poleNumber: "KO-117" });
    expect([row.locationText, row.latitude, row.longitude, row.description, row.mediaUrl]).toEqual([
      "หน้าวัดก้อ หมู่ 3", 18.0123, 98.9123, "Street light out for three nights", "https://partner.example.org/photos/1.jpg",
    ]);
    expect(row.applicantKey).toBeNull();
    const applicant = readApplicant(row.applicant, row.reference);
    expect(applicant.success && applicant.data).toMatchObject({ citizenId: "", phone: "0898765432", email: "somsri.rakdee@example.org", nameTh: { first: "Somsri", last: "Rakdee" } });
    expect(answer!.service_notice).toContain("7 วันทำการ");
    // Audited with the key's name.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "request.filed", subjectId: row.reference } });
    expect([audit.actorType, audit.actorLabel]).toEqual(["api", "Lamphun province platform"]);
  });

  it("answers in XML too, parsed by a real XML parser, with account_id echoed", async () => {
    const reply = await post(repair({ account_id: "line-u123" }), "xml");
    expect(reply.status).toBe(201);
    const text = reply.body.toString("utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser().parse(text) as { service_requests: { request: { service_request_id: string; account_id: string; service_notice: string } } };
    expect(parsed.service_requests.request.service_request_id).toMatch(/^KO/);
    expect(parsed.service_requests.request.account_id).toBe("line-u123");
  });

  it("drops a hidden conditional attribute that is sent anyway, as every form does", async () => {
    const reply = await post(repair({ "attribute[problemType]": "road" }));
    const [answer] = schema.postResponse.parse(jsonOf(reply));
    const row = await db.request.findUniqueOrThrow({ where: { reference: answer!.service_request_id } });
    expect(JSON.parse(row.answers)).toEqual({ problemType: "road", location: "หน้าวัดก้อ หมู่ 3" });
  });

  it("never files twice for a retry with the same Idempotency-Key", async () => {
    const first = await post(repair(), "json", { idempotencyKey: "partner-ticket-991" });
    const again = await post(repair(), "json", { idempotencyKey: "partner-ticket-991" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(jsonOf(again)).toEqual(jsonOf(first));
    const reference = schema.postResponse.parse(jsonOf(first))[0]!.service_request_id!;
    expect(await db.request.count({ where: { reference } })).toBe(1);
  });

  it("refuses a missing, unknown or revoked key with 403, and a key limited to other services", async () => {
    for (const api_key of ["", "ko311_nope", "x".repeat(500)]) {
      const reply = await post(repair({ api_key }));
      expect(reply.status, api_key).toBe(403);
      expect(errorOf(reply).code).toBe(403);
    }
    const { key: doomed } = await createApiKey({ name: "Old app", services: [] }, "cli");
    expect((await post(repair({ api_key: doomed }))).status).toBe(201);
    await revokeApiKey("Old app", "cli");
    expect((await post(repair({ api_key: doomed }))).status).toBe(403);
    const limited = await post(repair({ api_key: limitedKey }));
    expect(limited.status).toBe(403);
    expect(errorOf(limited).description).toContain("PUBLIC_INFRASTRUCTURE_REPAIR");
  });

  it("answers 404 for an unknown service and one not offered through Open311", async () => {
    for (const service_code of ["NOPE", "ELDERLY_ALLOWANCE"]) {
      const reply = await post(repair({ service_code }), "xml");
      expect(reply.status, service_code).toBe(404);
      expect(reply.body.toString("utf8")).toContain("<code>404</code>");
    }
  });

  it("answers 400 naming the attribute or parameter that is wrong, and files nothing", async () => {
    const before = await db.request.count();
    const cases: [Record<string, string | string[]>, string][] = [
      [repair({ "attribute[problemType]": "volcano" }), "attribute[problemType] is not one of the attribute's values"],
      [{ ...repair(), "attribute[location]": "" }, "attribute[location] is required"],
      [repair({ "attribute[colour]": "red" }), "attribute[colour] is not an attribute"],
      [repair({ "attribute[location]": "x".repeat(301) }), "attribute[location] is longer than 300 characters"],
      [repair({ lat: "north" }), "lat is not valid"],
      [repair({ long: "" }), "lat and long must be given together"],
      [repair({ email: "not-an-email" }), "email is not valid"],
      [repair({ phone: "12" }), "phone is not valid"],
      [repair({ media_url: "javascript:alert(1)" }), "media_url is not valid"],
      [repair({ description: "x".repeat(4001) }), "description is not valid: at most 4000 characters"],
      [repair({ service_code: "" }), "service_code is required"],
      [repair({ "attribute[]": "x" }), "attribute[] is not an attribute"],
    ];
    for (const [form, words] of cases) {
      const reply = await post(form);
      expect(reply.status, words).toBe(400);
      expect(errorOf(reply).description, words).toContain(words);
    }
    expect(await db.request.count()).toBe(before);
  });

  it("stores HTML as text and shows it back as text", async () => {
    const reply = await post(repair({ description: "<script>alert(1)</script>", "attribute[location]": "<b>here</b>" }), "xml");
    const id = /<service_request_id>([^<]+)</.exec(reply.body.toString("utf8"))![1]!;
    const shown = (await open311("GET", `/open311/v2/requests/${id}.xml`)).body.toString("utf8");
    expect(shown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(shown).not.toContain("<script>");
  });

  it("refuses a body that is not form-encoded, or too large (413)", async () => {
    expect((await open311("POST", "/open311/v2/requests.json", { body: "{}", contentType: "application/json" })).status).toBe(400);
    const large = await open311("POST", "/open311/v2/requests.json", { body: null });
    expect(large.status).toBe(413);
    expect(errorOf(large).code).toBe(413);
  });

  it("limits each key's filings per minute with 429 and Retry-After, without touching other keys", async () => {
    const { key: busy } = await createApiKey({ name: "Runaway loop", services: [] }, "cli");
    const replies = [];
    // The limit is spent before anything else is read: invalid posts are the cheapest way to reach it.
    for (let i = 0; i < 121; i += 1) replies.push(await post({ api_key: busy, service_code: "" }));
    expect(replies.slice(0, 120).every((r) => r.status === 400)).toBe(true);
    expect(replies[120]!.status).toBe(429);
    expect(replies[120]!.headers["Retry-After"]).toBe("60");
    expect((await post(repair())).status).toBe(201);
  });
});

describe("GET /open311/v2/requests", () => {
  it("shows a request's progress without anything personal, valid by the published schema", async () => {
    const staff = await makeStaff("OFFICER", ["ENGINEERING"]);
    const [filed] = schema.postResponse.parse(jsonOf(await post(repair())));
    const id = filed!.service_request_id!;
    const open = schema.requests.parse(jsonOf(await open311("GET", `/open311/v2/requests/${id}.json?locale=en`)));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ service_request_id: id, status: "open", service_code: "PUBLIC_INFRASTRUCTURE_REPAIR", agency_responsible: "Engineering Division", description: "Street light out for three nights", address: "หน้าวัดก้อ หมู่ 3", lat: 18.0123, long: 98.9123 });
    await acceptRequest({ staff, reference: id });
    await completeRequest({ staff, reference: id, result: "Lamp replaced on 8 December" });
    const [closed] = schema.requests.parse(jsonOf(await open311("GET", `/open311/v2/requests/${id}.json?locale=en`)));
    expect(closed!.status).toBe("closed");
    expect(closed!.status_notes).toBe("Completed: Lamp replaced on 8 December");

    // No name, phone, email, citizen ID or answer anywhere, in either format.
    const everything = [jsonOf(await open311("GET", "/open311/v2/requests.json")), (await open311("GET", "/open311/v2/requests.xml")).body.toString("utf8")];
    const personal = [PERSON.first_name, PERSON.last_name, PERSON.email, PERSON.phone, "1101700207030", "KO-117", "สมชาย", "0812345678"];
    for (const answer of everything) for (const value of personal) expect(JSON.stringify(answer), value).not.toContain(value);
  });

  it("keeps a resident's own filing private: its place and words are not shown", async () => {
    const { reference } = await fileRepair(new Date());
    const [counter] = schema.requests.parse(jsonOf(await open311("GET", `/open311/v2/requests/${reference}.json`)));
    expect([counter!.address, counter!.lat, counter!.description, counter!.media_url]).toEqual([null, null, null, null]);
    // A request of a service not offered through Open311 is not found at all.
    const other = await fileRepair(new Date());
    const water = await db.service.findUniqueOrThrow({ where: { code: "WATER_DELIVERY" } });
    await db.request.update({ where: { reference: other.reference }, data: { serviceId: water.id } });
    expect((await open311("GET", `/open311/v2/requests/${other.reference}.json`)).status).toBe(404);
    expect(jsonOf<{ service_request_id: string }[]>(await open311("GET", "/open311/v2/requests.json")).map((r) => r.service_request_id)).not.toContain(other.reference);
    expect((await open311("GET", "/open311/v2/requests/KO2570-999999.json")).status).toBe(404);
  });

  it("lists the last 90 days newest first, filters by id, service, status and dates", async () => {
    const old = await fileRepair(FILED_AT); // 4 December 2026
    await db.request.update({ where: { reference: old.reference }, data: { createdAt: new Date(Date.now() - 100 * 86_400_000) } });
    const all = schema.requests.parse(jsonOf(await open311("GET", "/open311/v2/requests.json")));
    expect(all.length).toBeGreaterThan(3);
    expect(all.map((r) => r.service_request_id)).not.toContain(old.reference);
    const times = all.map((r) => Date.parse(r.requested_datetime));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const [a, b] = [all[0]!.service_request_id, all[1]!.service_request_id];
    const both = schema.requests.parse(jsonOf(await open311("GET", `/open311/v2/requests.json?service_request_id=${a},${b},${old.reference}`)));
    expect(both.map((r) => r.service_request_id).sort()).toEqual([a, b, old.reference].sort());

    const closed = schema.requests.parse(jsonOf(await open311("GET", "/open311/v2/requests.json?status=closed")));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.status === "closed")).toBe(true);
    const open = schema.requests.parse(jsonOf(await open311("GET", "/open311/v2/requests.json?status=open")));
    expect(open.every((r) => r.status === "open")).toBe(true);
    expect(open.length + closed.length).toBe(all.length);
    expect(jsonOf(await open311("GET", "/open311/v2/requests.json?service_code=TREE_CUTTING"))).toEqual([]);

    const start = new Date(Date.now() - 101 * 86_400_000).toISOString();
    const end = new Date(Date.now() - 99 * 86_400_000).toISOString();
    const ranged = schema.requests.parse(jsonOf(await open311("GET", `/open311/v2/requests.json?start_date=${start}&end_date=${end}`)));
    expect(ranged.map((r) => r.service_request_id)).toEqual([old.reference]);
  });

  it("refuses a range over 90 days, a date that is not w3c and an unknown status with 400", async () => {
    const cases = [
      ["start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", "longer than 90 days"],
      ["start_date=yesterday", "start_date is not a w3c datetime"],
      ["end_date=2026-12-01", "end_date is not a w3c datetime"],
      ["status=pending", "status must be open or closed"],
      ["start_date=2026-12-05T00:00:00Z&end_date=2026-12-01T00:00:00Z", "start_date is after end_date"],
    ];
    for (const [query, words] of cases) {
      const reply = await open311("GET", `/open311/v2/requests.xml?${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.body.toString("utf8"), query).toContain(words);
    }
  });

  it("answers at most 1000 requests, the newest, even when more fall in the range", async () => {
    const service = await db.service.findUniqueOrThrow({ where: { code: "TREE_CUTTING" } });
    const now = Date.now();
    await db.request.createMany({
      data: Array.from({ length: 1100 }, (_, i) => ({
        reference: `BULK-${i}`, fiscalYear: 2570, sequence: 900_000 + i, trackingToken: `bulk-token-${i}`, serviceId: service.id, divisionId: service.divisionId,
        channel: "kiosk", status: "new", applicant: "{}", identitySource: "card_chip", dueDate: "2026-12-31", createdAt: new Date(now - i * 60_000),
      })),
    });
    const listed = schema.requests.parse(jsonOf(await open311("GET", "/open311/v2/requests.json?service_code=TREE_CUTTING")));
    expect(listed).toHaveLength(1000);
    expect(listed[0]!.service_request_id).toBe("BULK-0");
    expect(listed.at(-1)!.service_request_id).toBe("BULK-999");
  });
});
