import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import { callNextTicket } from "./call-next-ticket";
import { divisionId, makeStaff, makeTicket, resetQueueDatabaseEachTest } from "@/test/support/queue-fixtures";

// 10:00 in Bangkok on 2027-03-10; "yesterday" is 2027-03-09.
const NOW = new Date("2027-03-10T03:00:00Z");
const TODAY = "2027-03-10";
const at = (minutes: number) => new Date(NOW.getTime() - 60 * 60_000 + minutes * 60_000);

resetQueueDatabaseEachTest();

describe("callNextTicket", () => {
  it("calls the oldest waiting ticket of today to the officer's counter, and audits it without personal data", async () => {
    await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: at(-24 * 60), queueDate: "2027-03-09" });
    await makeTicket({ division: "ENGINEERING", ticket: "C-002", createdAt: at(5), queueDate: TODAY });
    const oldest = await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: at(1), queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 3);
    const events: LiveEvent[] = [];
    const stop = subscribe((e) => events.push(e));

    const called = await callNextTicket({ staff: officer, now: NOW });
    stop();

    expect(called).toMatchObject({ reference: oldest, ticket: "C-001", counter: 3, divisionCode: "ENGINEERING" });
    const row = await db.request.findUniqueOrThrow({ where: { reference: oldest } });
    expect(row).toMatchObject({ ticketStatus: "called", ticketCounter: 3, ticketCalledBy: officer.id, ticketCalledAt: NOW });
    expect(events).toEqual([{ type: "ticket.called", divisionId: row.divisionId, ticket: "C-001", counter: 3, recall: false }]);
    const audit = await db.auditLog.findMany({ where: { action: "ticket.called" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: officer.id, subjectId: oldest, personKey: null });
    expect(JSON.parse(audit[0]!.detail)).toEqual({ ticket: "C-001", counter: 3, division: "ENGINEERING" });
  });

  it("never calls another division's ticket, nor an earlier day's", async () => {
    await makeTicket({ division: "WELFARE", ticket: "D-001", createdAt: at(0), queueDate: TODAY });
    await makeTicket({ division: "ENGINEERING", ticket: "C-009", createdAt: at(-24 * 60), queueDate: "2027-03-09" });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 1);
    expect(await callNextTicket({ staff: officer, now: NOW })).toBeNull();
    expect(await db.request.count({ where: { ticketStatus: "called" } })).toBe(0);
  });

  it("takes the oldest across all of the person's divisions, or only the queue they choose", async () => {
    await makeTicket({ division: "FINANCE", ticket: "B-001", createdAt: at(2), queueDate: TODAY });
    await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: at(1), queueDate: TODAY });
    await makeTicket({ division: "WELFARE", ticket: "D-001", createdAt: at(0), queueDate: TODAY });
    const both = await makeStaff("OFFICER", ["FINANCE", "ENGINEERING"], 2);

    const finance = await callNextTicket({ staff: both, divisionIds: [await divisionId("FINANCE")], now: NOW });
    expect(finance?.ticket).toBe("B-001");
    await db.request.updateMany({ where: { ticketStatus: "called" }, data: { ticketStatus: "served" } });
    expect((await callNextTicket({ staff: both, now: NOW }))?.ticket).toBe("C-001");
  });

  it("refuses a queue of a division the person does not belong to, whatever id the client sends", async () => {
    await makeTicket({ division: "WELFARE", ticket: "D-001", createdAt: at(0), queueDate: TODAY });
    const officer = await makeStaff("COUNTER", ["ENGINEERING"], 1);
    await expect(callNextTicket({ staff: officer, divisionIds: [await divisionId("WELFARE")], now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(callNextTicket({ staff: officer, divisionIds: [999_999], now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.request.count({ where: { ticketStatus: "called" } })).toBe(0);
  });

  it("needs a counter number, and a free counter", async () => {
    await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: at(0), queueDate: TODAY });
    await makeTicket({ division: "ENGINEERING", ticket: "C-002", createdAt: at(1), queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
    await expect(callNextTicket({ staff: officer, now: NOW })).rejects.toMatchObject({ code: "counter_required" });
    expect((await callNextTicket({ staff: officer, counter: 4, now: NOW }))?.ticket).toBe("C-001");
    await expect(callNextTicket({ staff: officer, counter: 4, now: NOW })).rejects.toMatchObject({ code: "counter_busy", details: { ticket: "C-001" } });
    expect((await callNextTicket({ staff: officer, counter: 5, now: NOW }))?.ticket).toBe("C-002");
  });

  it("calls one ticket for a double tap on one counter, whatever the engine", async () => {
    // Many taps at once, so on PostgreSQL some check the counter before the first commits.
    for (let i = 1; i <= 30; i++) await makeTicket({ division: "ENGINEERING", ticket: `C-${String(i).padStart(3, "0")}`, createdAt: at(i), queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 7);
    const taps = await Promise.allSettled(Array.from({ length: 20 }, () => callNextTicket({ staff: officer, now: NOW })));
    expect(await db.request.count({ where: { ticketStatus: "called", ticketCounter: 7 } })).toBe(1);
    expect(taps.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    expect(new Set(taps.flatMap((t) => (t.status === "rejected" ? [(t.reason as { code?: string }).code] : [])))).toEqual(new Set(["counter_busy"]));
  });

  it("gives 20 officers calling at the same moment 20 different tickets", async () => {
    for (let i = 1; i <= 25; i++) {
      await makeTicket({ division: "ENGINEERING", ticket: `C-${String(i).padStart(3, "0")}`, createdAt: at(i), queueDate: TODAY });
    }
    const officers = await Promise.all(Array.from({ length: 20 }, (_, i) => makeStaff("OFFICER", ["ENGINEERING"], i + 1)));
    const called = await Promise.all(officers.map((staff) => callNextTicket({ staff, now: NOW })));
    const tickets = called.map((c) => c?.ticket);
    expect(new Set(tickets).size).toBe(20);
    // The 20 oldest, none skipped.
    expect([...tickets].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `C-${String(i + 1).padStart(3, "0")}`));
    expect(await db.request.count({ where: { ticketStatus: "called" } })).toBe(20);
    expect(await db.auditLog.count({ where: { action: "ticket.called" } })).toBe(20);
  });
});
