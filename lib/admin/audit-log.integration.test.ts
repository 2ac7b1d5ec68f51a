import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { personKey } from "@/lib/security/person-key";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { auditPersonFilter } from "./audit-person";
import { AUDIT_CSV_HEADER, exportAuditLog } from "./export-audit-log";
import { AUDIT_PAGE_SIZE, auditFilterChoices, searchAuditLog } from "./search-audit-log";
import { makeStaff } from "./test-staff";

const CITIZEN = "1101700207030";
let admin: StaffSession;
let officer: StaffSession;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.audit", "ADMIN");
  officer = await makeStaff("officer.audit", "OFFICER", ["WELFARE"]);
  const key = personKey(CITIZEN);
  const at = (iso: string) => new Date(iso);
  await db.auditLog.createMany({
    data: [
      // 2026-05-01 06:30 Bangkok is 2026-04-30 23:30 UTC: it belongs to 1 May in Ko.
      { at: at("2026-04-30T23:30:00Z"), actorType: "staff", actorId: officer.id, action: "request.viewed", subjectType: "request", subjectId: "KO2569-000001", personKey: key },
      { at: at("2026-05-02T03:00:00Z"), actorType: "staff", actorId: officer.id, action: "request.citizen_id_viewed", subjectType: "request", subjectId: "KO2569-000001", personKey: key },
      { at: at("2026-05-03T03:00:00Z"), actorType: "kiosk", actorLabel: "Counter 1", action: "request.filed", subjectType: "request", subjectId: "KO2569-000002", personKey: personKey("3100600123451") },
      { at: at("2026-05-04T03:00:00Z"), actorType: "staff", actorId: admin.id, action: "service.updated", subjectType: "service", subjectId: "=cmd|' /C calc'!A0", detail: '{"changed":{"nameTh":"x"}}' },
      ...Array.from({ length: 60 }, (_, i) => ({ at: at(`2026-06-01T0${i % 10}:00:00Z`), actorType: "system", action: "request.overdue_notice", subjectType: "request", subjectId: `KO2569-1${String(i).padStart(5, "0")}` })),
    ],
  });
});
afterAll(() => db.$disconnect());

/** The file as bytes decoded, keeping the byte order mark (Response.text() would drop it). */
async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());
}

describe("searchAuditLog", () => {
  it("filters by a citizen ID through its keyed hash, never the ID", async () => {
    const person = auditPersonFilter(admin, "1-1017-00207-03-0");
    expect(person).toEqual({ ok: true, personKey: personKey(CITIZEN) });
    const { rows, total } = await searchAuditLog(admin, { personKey: person.ok ? person.personKey : undefined });
    expect(total).toBe(2);
    expect(rows.map((r) => r.action)).toEqual(["request.citizen_id_viewed", "request.viewed"]);
    expect(JSON.stringify(rows)).not.toContain(CITIZEN);
    expect(auditPersonFilter(admin, "1101700207031")).toEqual({ ok: false, code: "citizenIdChecksum" });
  });

  it("filters by staff username, action and Bangkok dates", async () => {
    expect((await searchAuditLog(admin, { username: "officer.audit" })).total).toBe(2);
    expect((await searchAuditLog(admin, { username: "nobody" })).total).toBe(0);
    expect((await searchAuditLog(admin, { action: "request.filed" })).rows.map((r) => r.actorLabel)).toEqual(["Counter 1"]);
    const mayFirst = await searchAuditLog(admin, { from: "2026-05-01", to: "2026-05-01" });
    expect(mayFirst.rows.map((r) => r.action)).toEqual(["request.viewed"]);
    expect((await searchAuditLog(admin, { from: "2026-05-02", to: "2026-05-04" })).total).toBe(3);
  });

  it("pages newest first", async () => {
    const filter = { action: "request.overdue_notice" };
    const first = await searchAuditLog(admin, filter, 1);
    const second = await searchAuditLog(admin, filter, 2);
    expect(first).toMatchObject({ total: 60, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.rows).toHaveLength(60 - AUDIT_PAGE_SIZE);
    const times = [...first.rows, ...second.rows].map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await searchAuditLog(admin, filter, 99)).page).toBe(2);
  });

  it("offers the actions recorded and the staff usernames", async () => {
    const choices = await auditFilterChoices(admin);
    expect(choices.actions).toEqual(expect.arrayContaining(["request.viewed", "service.updated"]));
    expect(choices.usernames).toEqual(expect.arrayContaining(["admin.audit", "officer.audit"]));
  });
});

describe("exportAuditLog", () => {
  it("exports the filtered rows as Excel-safe CSV, and audits the export against the person", async () => {
    const key = personKey(CITIZEN);
    const file = await exportAuditLog(admin, { personKey: key }, new Date("2026-07-01T02:00:00Z"));
    expect(file).toMatchObject({ filename: "audit-log-2026-07-01.csv", rows: 2, truncated: false });
    const csv = await text(file.body);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(lines[1]).toContain("2026-05-02 10:00:00,staff,officer.audit,,request.citizen_id_viewed,request,KO2569-000001");
    expect(csv).not.toContain(CITIZEN);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "audit.exported" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: admin.id, personKey: key });
    expect(JSON.parse(audit.detail)).toEqual({ filter: { person: true }, rows: 2, truncated: false });
  });

  it("defuses formulas and quotes JSON detail", async () => {
    const csv = await text((await exportAuditLog(admin, { action: "service.updated" })).body);
    expect(csv).toContain(`,service,'=cmd|' /C calc'!A0,`);
    expect(csv).toContain(`"{""changed"":{""nameTh"":""x""}}"`);
  });

  it("does not include its own audit row", async () => {
    const before = await db.auditLog.count();
    const file = await exportAuditLog(admin, {});
    const csv = await text(file.body);
    expect(file.rows).toBe(before);
    expect(csv.slice(1).split("\r\n").length - 2).toBe(before);
    expect(await db.auditLog.count()).toBe(before + 1);
  });

  it("refuses anyone but an admin, writing nothing", async () => {
    const before = await db.auditLog.count();
    await expect(exportAuditLog(officer, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(searchAuditLog(officer, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(auditFilterChoices(officer)).rejects.toMatchObject({ code: "forbidden" });
    expect(() => auditPersonFilter(officer, CITIZEN)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(await db.auditLog.count()).toBe(before);
  });
});
