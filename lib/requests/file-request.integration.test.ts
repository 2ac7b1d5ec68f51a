import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { fileRequest, type FileRequestInput } from "./file-request";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

const applicant = { ...koResident, phone: "0812345678" };
const filing = (overrides: Partial<FileRequestInput> = {}): FileRequestInput => ({
  serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
  channel: "counter",
  applicant,
  identity: { source: "typed", detail: "typed at the counter, not verified from the card" },
  answers: { problemType: "road", location: "ซอย 2 หมู่ 5" },
  idempotencyKey: null,
  actor: { type: "staff", label: "test" },
  ...overrides,
});

describe("fileRequest", () => {
  it("writes the request, its public 'filed' event and an audit entry together", async () => {
    // Friday 4 December 2026, 10:00 in Ko. 7 working days skip the weekends, Monday 7 December
    // (Father's Day substitution) and Thursday 10 December (Constitution Day).
    const now = new Date("2026-12-04T03:00:00Z");
    const filed = await fileRequest(filing({ now }));
    expect(filed.dueDate).toBe("2026-12-17");
    expect(filed.reference).toMatch(/^KO-2570-\d{6}$/);

    const request = await db.request.findUniqueOrThrow({ where: { reference: filed.reference }, include: { events: true, division: true } });
    expect(request.division.code).toBe("ENGINEERING");
    expect(request.queueDate).toBe("2026-12-04");
    expect(request.events).toMatchObject([{ type: "filed", public: true, messageTh: "ยื่นคำขอทางเคาน์เตอร์บริการ" }]);
    expect(request.applicantKey).not.toContain(koResident.citizenId);

    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: filed.reference } });
    expect(audit).toMatchObject({ action: "request.filed", personKey: request.applicantKey });
    expect(audit.detail).not.toContain(koResident.citizenId);
    expect(audit.detail).not.toContain("สมชาย");
  });

  it("gives 50 simultaneous filings for one division 50 distinct, consecutive tickets", async () => {
    const now = new Date("2026-12-08T02:00:00Z");
    const filed = await Promise.all(Array.from({ length: 50 }, () => fileRequest(filing({ now }))));
    const numbers = filed.map((f) => Number(f.queueTicket.slice(2))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(filed.map((f) => f.reference)).size).toBe(50);
  });

  it("starts each division's tickets at 001 every day", async () => {
    const first = await fileRequest(filing({ now: new Date("2026-12-09T02:00:00Z") }));
    const welfare = await fileRequest(
      filing({ now: new Date("2026-12-09T02:00:00Z"), serviceCode: "WATER_DELIVERY", answers: await waterDeliveryAnswers() }),
    );
    expect(first.queueTicket).toBe("C-001");
    expect(welfare.queueTicket).toBe("A-001");
  });

  it("routes by the answers when the service has a rule", async () => {
    const base = { serviceCode: "GENERAL_COMPLAINT", answers: { topic: "public_areas", details: "ร้านค้าวางของบนทางเท้า" } };
    const routed = await fileRequest(filing(base));
    const kept = await fileRequest(filing({ ...base, answers: { ...base.answers, topic: "animals" } }));
    expect(routed.division.code).toBe("ENGINEERING");
    expect(kept.division.code).toBe("PALAD");
  });

  it("files nothing when the answers are wrong, and says which", async () => {
    const before = await db.request.count();
    const error = await fileRequest(filing({ answers: { problemType: "road" } })).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("invalid_answers");
    expect(isAppError(error) && error.details.fields).toEqual({ location: { code: "required" } });
    expect(await db.request.count()).toBe(before);
  });

  it("refuses a citizen ID that fails its check digit, whatever the channel, and files nothing", async () => {
    const before = await db.request.count();
    for (const channel of ["kiosk", "counter", "online"] as const) {
      for (const citizenId of ["1101700207031", "0000000000000"]) {
        const attempt = fileRequest(filing({ channel, applicant: { ...applicant, citizenId } }));
        await expect(attempt).rejects.toSatisfy((error) => isAppError(error) && error.code === "citizen_id_invalid");
      }
    }
    expect(await db.request.count()).toBe(before);
  });

  it("refuses an idempotency key that is not a UUID, so keys never collide between filings", async () => {
    for (const key of ["", "abc", "x".repeat(5_000)]) {
      const attempt = fileRequest(filing({ idempotencyKey: key }));
      await expect(attempt).rejects.toSatisfy((error) => isAppError(error) && error.code === "bad_request");
    }
    expect(await db.request.count({ where: { idempotencyKey: { in: ["", "abc"] } } })).toBe(0);
    // Filings without a key still file, one after another.
    await fileRequest(filing());
    await fileRequest(filing());
  });

  it("stores the same values on the driver adapter's fast path as through Prisma (an email sends a filing through Prisma)", async () => {
    const now = new Date("2026-12-09T04:05:06.789Z");
    const fast = await fileRequest(filing({ now }));
    const prisma = await fileRequest(filing({ now, applicant: { ...applicant, email: "somchai@example.org" } }));
    const stored = async (reference: string) => {
      const [row] = await db.$queryRaw<Record<string, unknown>[]>`
        SELECT CAST(r."createdAt" AS TEXT) AS "createdAt", CAST(r."updatedAt" AS TEXT) AS "updatedAt", r."status", r."ticketStatus", r."kind", r."dueDate",
          CAST(e."createdAt" AS TEXT) AS "eventAt", CAST(e."public" AS TEXT) AS "public", CAST(a."at" AS TEXT) AS "auditAt"
        FROM "Request" r JOIN "RequestEvent" e ON e."requestId" = r."id" JOIN "AuditLog" a ON a."subjectId" = r."reference"
        WHERE r."reference" = ${reference}`;
      return row;
    };
    // Compared as stored (SQLite keeps dates as text): the same text either way.
    expect(await stored(fast.reference)).toEqual(await stored(prisma.reference));
    const read = await db.request.findUniqueOrThrow({ where: { reference: fast.reference }, include: { events: true } });
    expect([read.createdAt, read.updatedAt, read.events[0]!.createdAt]).toEqual([now, now, now]);
  });

  it("rolls everything back when a check inside the transaction fails", async () => {
    const before = { requests: await db.request.count(), audit: await db.auditLog.count(), events: await db.requestEvent.count() };
    const failing = fileRequest(
      filing({
        withinTransaction: async () => {
          throw new Error("nonce already used");
        },
      }),
    );
    await expect(failing).rejects.toThrow("nonce already used");
    expect({ requests: await db.request.count(), audit: await db.auditLog.count(), events: await db.requestEvent.count() }).toEqual(before);
  });
});

async function waterDeliveryAnswers() {
  const service = await db.service.findUniqueOrThrow({ where: { code: "WATER_DELIVERY" } });
  const form = JSON.parse(service.form) as { fields: { key: string; type: string; required: boolean; choices?: { value: string }[]; min?: number }[] };
  // Answer every required question with the first valid value, whatever the form asks.
  return Object.fromEntries(
    form.fields
      .filter((f) => f.required)
      .map((f) => [f.key, f.choices ? (f.type === "multi" ? [f.choices[0]!.value] : f.choices[0]!.value) : f.type === "number" ? Math.max(1, f.min ?? 1) : f.type === "yesno" ? true : f.type === "date" ? "2026-12-10" : "ทดสอบ"]),
  );
}
