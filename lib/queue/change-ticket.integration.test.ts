import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import { callNextTicket } from "./call-next-ticket";
import { getCounterState } from "./counter-state";
import { getDisplayState } from "./display-state";
import { markNoShow } from "./mark-no-show";
import { markServed } from "./mark-served";
import { recallTicket } from "./recall-ticket";
import { makeStaff, makeTicket, minutesAfterNow, QUEUE_NOW, QUEUE_TODAY, resetQueueDatabaseEachTest } from "@/test/support/queue-fixtures";

const NOW = QUEUE_NOW;
const TODAY = QUEUE_TODAY;
const later = minutesAfterNow;

resetQueueDatabaseEachTest();

async function calledTicket() {
  const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-007", createdAt: NOW, queueDate: TODAY });
  const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
  await callNextTicket({ staff: officer, now: NOW });
  return { reference, officer };
}

function recordEvents() {
  const events: LiveEvent[] = [];
  const stop = subscribe((e) => events.push(e));
  return { events, stop };
}

describe("recall, no-show and served", () => {
  it("recall announces the same ticket again at its counter, and moves its call time", async () => {
    const { reference, officer } = await calledTicket();
    const { events, stop } = recordEvents();
    const recalled = await recallTicket({ staff: officer, reference, now: later(2) });
    stop();
    expect(recalled).toMatchObject({ ticket: "C-007", counter: 2, status: "called" });
    expect(events).toEqual([expect.objectContaining({ type: "ticket.called", ticket: "C-007", counter: 2, recall: true })]);
    expect(await db.request.findUniqueOrThrow({ where: { reference } })).toMatchObject({ ticketStatus: "called", ticketCalledAt: later(2) });
    expect(await db.auditLog.count({ where: { action: "ticket.recalled", subjectId: reference } })).toBe(1);
  });

  it("served and no-show close a called ticket once, and the counter is free again", async () => {
    const { reference, officer } = await calledTicket();
    const { events, stop } = recordEvents();
    expect(await markServed({ staff: officer, reference, now: later(5) })).toMatchObject({ status: "served" });
    stop();
    expect(events).toEqual([expect.objectContaining({ type: "ticket.closed", ticket: "C-007", outcome: "served" })]);
    await expect(markServed({ staff: officer, reference })).rejects.toMatchObject({ code: "ticket_state" });
    await expect(markNoShow({ staff: officer, reference })).rejects.toMatchObject({ code: "ticket_state" });
    await expect(recallTicket({ staff: officer, reference, now: later(6) })).rejects.toMatchObject({ code: "ticket_state" });
    expect((await getCounterState({ staff: officer, now: later(6) })).current).toBeNull();

    const second = await makeTicket({ division: "ENGINEERING", ticket: "C-008", createdAt: later(1), queueDate: TODAY });
    expect((await callNextTicket({ staff: officer, now: later(7) }))?.reference).toBe(second);
    expect(await markNoShow({ staff: officer, reference: second, now: later(9) })).toMatchObject({ status: "no_show" });
    expect(await db.auditLog.count({ where: { action: { in: ["ticket.served", "ticket.no_show"] } } })).toBe(2);
  });

  it("a waiting ticket cannot be recalled, served or marked a no-show", async () => {
    const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: NOW, queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
    for (const change of [recallTicket, markServed, markNoShow]) {
      await expect(change({ staff: officer, reference, now: NOW })).rejects.toMatchObject({ code: "ticket_state" });
    }
    expect(await db.request.findUniqueOrThrow({ where: { reference } })).toMatchObject({ ticketStatus: "waiting" });
  });

  it("yesterday's ticket left open can be closed but not recalled", async () => {
    const { reference, officer } = await calledTicket();
    const tomorrow = later(24 * 60);
    await expect(recallTicket({ staff: officer, reference, now: tomorrow })).rejects.toMatchObject({ code: "ticket_state" });
    expect(await markServed({ staff: officer, reference, now: tomorrow })).toMatchObject({ status: "served" });
  });

  it("another division's officer gets not_found, and nothing changes", async () => {
    const { reference } = await calledTicket();
    const other = await makeStaff("HEAD", ["WELFARE"], 5);
    for (const change of [recallTicket, markServed, markNoShow]) {
      await expect(change({ staff: other, reference, now: NOW })).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(markServed({ staff: other, reference: "KO-2570-000000" })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.request.findUniqueOrThrow({ where: { reference } })).toMatchObject({ ticketStatus: "called" });
    expect(await db.auditLog.count({ where: { actorId: other.id } })).toBe(0);
  });
});

describe("counter and display state", () => {
  it("the counter panel shows the person's queues and the ticket at their counter", async () => {
    await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: NOW, queueDate: TODAY });
    await makeTicket({ division: "ENGINEERING", ticket: "C-002", createdAt: later(1), queueDate: TODAY });
    await makeTicket({ division: "WELFARE", ticket: "D-001", createdAt: NOW, queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
    const before = await getCounterState({ staff: officer, now: later(2) });
    expect(before.queues.map((q) => [q.division.code, q.waiting, q.next])).toEqual([["ENGINEERING", 2, "C-001"]]);
    expect(before.current).toBeNull();
    const called = await callNextTicket({ staff: officer, now: later(2) });
    const after = await getCounterState({ staff: officer, now: later(3) });
    expect(after.queues[0]).toMatchObject({ waiting: 1, next: "C-002" });
    expect(after.current).toMatchObject({ reference: called!.reference, ticket: "C-001", counter: 2 });
    // At the same counter, someone of another division sees the ticket but not its reference.
    const other = await makeStaff("COUNTER", ["WELFARE"], 2);
    expect((await getCounterState({ staff: other, now: later(3) })).current).toMatchObject({ ticket: "C-001", reference: null });
  });

  it("the display shows one ticket per counter being served, and the last calls, without personal data", async () => {
    const officers = [await makeStaff("OFFICER", ["ENGINEERING"], 1), await makeStaff("OFFICER", ["ENGINEERING"], 3)];
    for (let i = 1; i <= 4; i++) {
      await makeTicket({ division: "ENGINEERING", ticket: `C-00${i}`, createdAt: later(i), queueDate: TODAY });
    }
    const first = await callNextTicket({ staff: officers[0]!, now: later(10) });
    await markServed({ staff: officers[0]!, reference: first!.reference, now: later(11) });
    await callNextTicket({ staff: officers[0]!, now: later(12) });
    await callNextTicket({ staff: officers[1]!, now: later(13) });

    const state = await getDisplayState({ now: later(14) });
    expect(state.date).toBe(TODAY);
    expect(state.serving.map((t) => [t.ticket, t.counter])).toEqual([["C-002", 1], ["C-003", 3]]);
    expect(state.recent.map((t) => [t.ticket, t.status])).toEqual([["C-003", "called"], ["C-002", "called"], ["C-001", "served"]]);
    expect(Object.keys(state.serving[0]!).sort()).toEqual(["calledAt", "counter", "division", "status", "ticket"]);
    expect(state.serving[0]!.division).toEqual({ code: "ENGINEERING", nameTh: "กองช่าง", nameEn: "Engineering Division" });
    expect((await getDisplayState({ now: later(24 * 60) })).serving).toEqual([]);
  });
});
