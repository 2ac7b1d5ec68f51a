import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readApplicant } from "@/lib/requests/applicant";
import { seedDatabase } from "@/prisma/seed/seed-database";
import type { OnlineError, OnlineFiled } from "./contract";
import { routeOnlineApi } from "./online-api";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

const SERVICE = "PUBLIC_INFRASTRUCTURE_REPAIR";
let address = 0;

function form(overrides: Record<string, string | string[]> = {}): FormData {
  const fields: Record<string, string | string[]> = {
    serviceCode: SERVICE,
    locale: "th",
    idempotencyKey: crypto.randomUUID(),
    website: "",
    citizenId: "1101700207030",
    prefixTh: "นาย",
    firstTh: "สมชาย",
    lastTh: "ใจดี",
    birthDate: "1980-05-01",
    address: "12 หมู่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    phone: "081 234 5678",
    email: "",
    "answer.problemType": "street_light",
    "answer.location": "หน้าบ้านเลขที่ 12 หมู่ 3",
    latitude: "",
    longitude: "",
    ...overrides,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

// Each test files from its own address, so the per-address limit is tested only where meant.
async function post(data: FormData, options: { origin?: string | undefined; client?: string } = {}) {
  const reply = await routeOnlineApi({
    method: "POST",
    path: "/api/e-service/requests",
    origin: "origin" in options ? options.origin : "http://ko.test",
    host: "ko.test",
    contentType: "multipart/form-data; boundary=x",
    client: options.client ?? `192.0.2.${++address}`,
    formData: async () => data,
  });
  return reply!;
}
const errorOf = (reply: { body: unknown }) => (reply.body as OnlineError).error;

describe("filing online", () => {
  it("files a typed request marked not verified, with the receipt's reference, date and QR", async () => {
    const reply = await post(form({ latitude: "18.012345", longitude: "98.912345", email: "Somchai@Example.org" }));
    expect(reply.status).toBe(201);
    const filed = reply.body as OnlineFiled;
    expect(filed.trackingUrl).toMatch(/^http:\/\/ko\.test\/track\/[A-Za-z0-9_-]{22}$/);
    expect(filed.qrSvg.startsWith("<svg")).toBe(true);
    expect(filed.identityCheck).toBe("not_needed");
    const stored = await db.request.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(stored).toMatchObject({ channel: "online", identitySource: "typed", latitude: 18.012345, longitude: 98.912345 });
    expect(stored.identityDetail).toContain("not verified");
    const applicant = readApplicant(stored.applicant, stored.reference);
    expect(applicant.success && applicant.data).toMatchObject({ phone: "0812345678", email: "somchai@example.org", birthDate: "1980-05-01" });
  });

  it("files once for a retry or a double tap", async () => {
    const data = form();
    const [a, b] = await Promise.all([post(data), post(data)]);
    const c = await post(data);
    const references = [a, b, c].map((r) => (r.body as OnlineFiled).reference);
    expect(new Set(references).size).toBe(1);
    expect(await db.request.count({ where: { reference: references[0] } })).toBe(1);
  });

  it("refuses an invalid citizen ID, naming the field, and files nothing", async () => {
    const before = await db.request.count();
    for (const citizenId of ["1101700207031", "0000000000000", "12345", ""]) {
      const reply = await post(form({ citizenId }));
      expect(reply.status).toBe(422);
      expect(errorOf(reply)).toMatchObject({ code: "invalid_identity", fields: { citizenId: {} } });
    }
    expect(await db.request.count()).toBe(before);
  });

  it("names a missing required answer", async () => {
    const reply = await post(form({ "answer.location": "" }));
    expect(errorOf(reply)).toEqual({ code: "invalid_answers", fields: { "answer.location": { code: "required" } } });
  });

  it("keeps HTML and script typed anywhere as plain text", async () => {
    const script = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    const reply = await post(form({ firstTh: script, lastTh: script, address: `${script} หมู่ 3`, "answer.location": script, "answer.description": script }));
    expect(reply.status).toBe(201);
    const stored = await db.request.findUniqueOrThrow({ where: { reference: (reply.body as OnlineFiled).reference } });
    expect(JSON.parse(stored.answers)).toMatchObject({ location: script, description: script });
    const applicant = readApplicant(stored.applicant, stored.reference);
    expect(applicant.success && applicant.data.nameTh.first).toBe(script);
  });

  it("refuses a form posted from another site, or without an Origin", async () => {
    expect((await post(form(), { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(form(), { origin: undefined })).status).toBe(403);
  });

  it("answers a filled honeypot like a bad form, and files nothing", async () => {
    const before = await db.request.count();
    const reply = await post(form({ website: "http://spam.example" }));
    expect(errorOf(reply).code).toBe("bad_request");
    expect(await db.request.count()).toBe(before);
  });

  it("refuses coordinates that are not a place, or only half given", async () => {
    expect(errorOf(await post(form({ latitude: "91", longitude: "98" }))).fields).toEqual({ coordinates: { code: "invalidLocation" } });
    expect(errorOf(await post(form({ latitude: "18.1", longitude: "" }))).fields).toEqual({ coordinates: { code: "invalidLocation" } });
  });

  it("limits filings per address and per citizen ID, saying how long to wait", async () => {
    const client = "198.51.100.7";
    const replies = [];
    // A different person each time, so only the address's ceiling (30 an hour) can refuse.
    for (let i = 0; i < 31; i += 1) replies.push(await post(form({ citizenId: validCitizenId(`3100600${String(i).padStart(5, "0")}`) }), { client }));
    expect(replies.slice(0, 30).map((r) => r.status)).toEqual(Array(30).fill(201));
    const last = replies.at(-1)!;
    expect(last.status).toBe(429);
    expect(errorOf(last)).toEqual({ code: "rate_limited", retryAfterMinutes: expect.any(Number) });

    // One person from many addresses: the per-person ceiling (10 a day).
    const person = "5100600123456";
    const statuses = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await post(form({ citizenId: person }))).status);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

function validCitizenId(first12: string): string {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}
