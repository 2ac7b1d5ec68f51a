import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import { callMissedTicket } from "./call-missed-ticket";
import { callNextTicket } from "./call-next-ticket";
import { getCounterState } from "./counter-state";
import { getDisplayState } from "./display-state";
import { markNoShow } from "./mark-no-show";
import { makeStaff, makeTicket, minutesAfterNow, QUEUE_NOW, QUEUE_TODAY, resetQueueDatabaseEachTest } from "@/test/support/queue-fixtures";

const NOW = QUEUE_NOW;
const TODAY = QUEUE_TODAY;
const later = minutesAfterNow;

resetQueueDatabaseEachTest();

/** C-007 called to counter 2 and marked a no-show. */
async function missedTicket() {
  const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-007", createdAt: NOW, queueDate: TODAY });
  const caller = await makeStaff("OFFICER", ["ENGINEERING"], 2);
  await callNextTicket({ staff: caller, now: NOW });
  await markNoShow({ staff: caller, reference, now: later(3) });
  return reference;
}

describe("calling a missed ticket back", () => {
  it("lists today's no-shows on the counter panel and calls one to this officer's counter, shown on the display", async () => {
    const reference = await missedTicket();
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 5);
    expect((await getCounterState({ staff: officer, now: later(20) })).missed).toEqual([expect.objectContaining({ reference, ticket: "C-007" })]);

    const events: LiveEvent[] = [];
    const stop = subscribe((e) => events.push(e));
    expect(await callMissedTicket({ staff: officer, reference, now: later(20) })).toMatchObject({ ticket: "C-007", counter: 5, status: "called" });
    stop();

    expect(events).toEqual([expect.objectContaining({ type: "ticket.called", ticket: "C-007", counter: 5, recall: false })]);
    const state = await getCounterState({ staff: officer, now: later(21) });
    expect(state.current).toMatchObject({ reference, ticket: "C-007", counter: 5 });
    expect(state.missed).toEqual([]);
    expect((await getDisplayState({ now: later(21) })).serving.map((t) => [t.ticket, t.counter])).toEqual([["C-007", 5]]);
    expect(await db.auditLog.count({ where: { action: "ticket.called_again", subjectId: reference, actorId: officer.id } })).toBe(1);
  });

  it("refuses while this counter still has a ticket called, and without a counter", async () => {
    const reference = await missedTicket();
    await makeTicket({ division: "ENGINEERING", ticket: "C-008", createdAt: later(1), queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 5);
    await callNextTicket({ staff: officer, now: later(10) });
    await expect(callMissedTicket({ staff: officer, reference, now: later(11) })).rejects.toMatchObject({ code: "counter_busy", details: { ticket: "C-008" } });
    await expect(callMissedTicket({ staff: { ...officer, counterNumber: null }, reference, now: later(11) })).rejects.toMatchObject({ code: "counter_required" });
    expect(await db.request.findUniqueOrThrow({ where: { reference } })).toMatchObject({ ticketStatus: "no_show" });
  });

  it("only calls back today's no-shows: not a waiting ticket, not yesterday's", async () => {
    const reference = await missedTicket();
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 5);
    await expect(callMissedTicket({ staff: officer, reference, now: later(24 * 60) })).rejects.toMatchObject({ code: "ticket_state" });
    const waiting = await makeTicket({ division: "ENGINEERING", ticket: "C-009", createdAt: later(1), queueDate: TODAY });
    await expect(callMissedTicket({ staff: officer, reference: waiting, now: later(5) })).rejects.toMatchObject({ code: "ticket_state" });
  });

  it("another division's officer neither sees nor calls it", async () => {
    const reference = await missedTicket();
    const other = await makeStaff("OFFICER", ["WELFARE"], 6);
    expect((await getCounterState({ staff: other, now: later(20) })).missed).toEqual([]);
    await expect(callMissedTicket({ staff: other, reference, now: later(20) })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.request.findUniqueOrThrow({ where: { reference } })).toMatchObject({ ticketStatus: "no_show" });
  });
});
