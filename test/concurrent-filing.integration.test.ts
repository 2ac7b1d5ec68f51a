import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, db } from "@/lib/db/client";
import { fileRequest, type FileRequestInput } from "@/lib/requests/file-request";
import { nextCounterValues } from "@/lib/requests/filing-store";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { onPostgres } from "./support/engine";
import { koResident } from "./support/kiosk-device";

// PostgreSQL only: SQLite has one writer, so its filings cannot overlap (lib/requests/
// file-request.integration.test.ts covers its 50 simultaneous filings). On PostgreSQL each
// filing has its own pooled connection, and a second client stands in for a second process.
const other = onPostgres ? createDatabaseClient(process.env.DATABASE_URL) : null;
beforeAll(() => (onPostgres ? seedDatabase(db) : undefined));
afterAll(async () => {
  await other?.$disconnect();
  await db.$disconnect();
});

const filing = (now: Date, kind: "repair" | "complaint"): FileRequestInput => ({
  serviceCode: kind === "repair" ? "PUBLIC_INFRASTRUCTURE_REPAIR" : "GENERAL_COMPLAINT",
  channel: "counter",
  applicant: { ...koResident, phone: "0812345678" },
  identity: { source: "typed", detail: "typed at the counter" },
  answers: kind === "repair" ? { problemType: "road", location: "ซอย 2 หมู่ 5" } : { topic: "animals", details: "สุนัขจรจัด" },
  idempotencyKey: null,
  actor: { type: "staff", label: "test" },
  now,
});

const consecutive = (numbers: number[]) => Array.from({ length: numbers.length }, (_, i) => i + 1);

describe.runIf(onPostgres)("simultaneous filings on PostgreSQL", () => {
  it("give gap-free, never repeated references and tickets, while rolled-back transactions on another client take none", async () => {
    const now = new Date("2026-12-08T02:00:00Z");
    const filings = Array.from({ length: 160 }, (_, i) => fileRequest(filing(now, i % 2 === 0 ? "repair" : "complaint")));
    // Another process takes the same counters and then fails: its increments must vanish.
    const failed = Array.from({ length: 40 }, () =>
      other!.$transaction(async (tx) => {
        await nextCounterValues(tx, "reference:2570", "queue:ENGINEERING:2026-12-08");
        throw new Error("rolled back on purpose");
      }).catch((error: unknown) => error),
    );
    const filed = await Promise.all(filings);
    expect((await Promise.all(failed)).every((e) => e instanceof Error && e.message === "rolled back on purpose")).toBe(true);

    const sequences = filed.map((f) => Number(f.reference.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual(consecutive(sequences));
    const byDivision = new Map<string, number[]>();
    for (const f of filed) byDivision.set(f.division.code, [...(byDivision.get(f.division.code) ?? []), Number(f.queueTicket.slice(2))]);
    expect(byDivision.size).toBe(2);
    for (const tickets of byDivision.values()) expect(tickets.sort((a, b) => a - b)).toEqual(consecutive(tickets));
    // The stored rows agree with what the callers were told, and the counters with the rows.
    expect(await db.request.count({ where: { queueDate: "2026-12-08" } })).toBe(160);
    const counters = await db.counter.findMany({ where: { key: { in: ["reference:2570", "queue:ENGINEERING:2026-12-08"] } } });
    expect(Object.fromEntries(counters.map((c) => [c.key, Number(c.value)]))).toEqual({
      "reference:2570": 160,
      "queue:ENGINEERING:2026-12-08": byDivision.get("ENGINEERING")!.length,
    });
  });
});
