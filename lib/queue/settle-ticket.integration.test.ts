import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import { transferRequest } from "@/lib/requests/workflow/transfer-request";
import { makeStaff, makeTicket, minutesAfterNow as later, QUEUE_NOW as NOW, QUEUE_TODAY as TODAY, resetQueueDatabaseEachTest } from "@/test/support/queue-fixtures";
import { callMissedTicket } from "./call-missed-ticket";
import { callNextTicket } from "./call-next-ticket";
import { getCounterState } from "./counter-state";
import { markNoShow } from "./mark-no-show";
import { markServed } from "./mark-served";
import { recallTicket } from "./recall-ticket";

resetQueueDatabaseEachTest();

const ticketOf = async (reference: string) => (await db.request.findUniqueOrThrow({ where: { reference } })).ticketStatus;

describe("finishing or passing on a request settles its queue ticket", () => {
  it("a completed request's waiting ticket is never called, and the queue no longer counts it", async () => {
    const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: NOW, queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
    await acceptRequest({ staff: officer, reference, now: later(1) });
    await completeRequest({ staff: officer, reference, result: "ซ่อมไฟฟ้าเรียบร้อย", now: later(2) });

    expect(await ticketOf(reference)).toBe("settled");
    expect(await callNextTicket({ staff: officer, now: later(3) })).toBeNull();
    expect((await getCounterState({ staff: officer, now: later(3) })).queues[0]).toMatchObject({ waiting: 0, next: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.settled", subjectId: reference } });
    expect(JSON.parse(audit.detail ?? "{}")).toMatchObject({ ticket: "C-001", from: "waiting", outcome: "completed" });
  });

  it("a ticket at a counter whose request is rejected can no longer be served or recalled, and the counter says why", async () => {
    const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-002", createdAt: NOW, queueDate: TODAY });
    const counterOfficer = await makeStaff("OFFICER", ["ENGINEERING"], 3);
    const backOffice = await makeStaff("HEAD", ["ENGINEERING"]);
    await callNextTicket({ staff: counterOfficer, now: later(1) });
    const events: LiveEvent[] = [];
    const stop = subscribe((event) => events.push(event));
    await rejectRequest({ staff: backOffice, reference, reason: "ไม่อยู่ในเขตเทศบาล", now: later(2) });
    stop();

    expect(events).toContainEqual(expect.objectContaining({ type: "ticket.closed", ticket: "C-002" }));
    for (const change of [markServed, markNoShow, recallTicket]) {
      await expect(change({ staff: counterOfficer, reference, now: later(3) })).rejects.toMatchObject({ code: "ticket_settled", details: { ticket: "C-002", outcome: "rejected" } });
    }
    expect(await ticketOf(reference)).toBe("settled");
    const state = await getCounterState({ staff: counterOfficer, now: later(3) });
    expect(state.current).toBeNull();
    expect(state.settledHere).toEqual({ ticket: "C-002", outcome: "rejected" });
    // The counter is free for the next resident.
    const next = await makeTicket({ division: "ENGINEERING", ticket: "C-003", createdAt: later(1), queueDate: TODAY });
    expect((await callNextTicket({ staff: counterOfficer, now: later(4) }))?.reference).toBe(next);
    expect((await getCounterState({ staff: counterOfficer, now: later(5) })).settledHere).toBeNull();
  });

  it("a missed ticket whose request is transferred cannot be called back, and leaves the missed list", async () => {
    const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-004", createdAt: NOW, queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
    await callNextTicket({ staff: officer, now: later(1) });
    await markNoShow({ staff: officer, reference, now: later(2) });
    expect((await getCounterState({ staff: officer, now: later(2) })).missed.map((m) => m.ticket)).toEqual(["C-004"]);

    await transferRequest({ staff: officer, reference, toDivisionCode: "WELFARE", reason: "เป็นเรื่องสวัสดิการ", now: later(3) });
    expect(await ticketOf(reference)).toBe("settled");
    const welfare = await makeStaff("OFFICER", ["WELFARE"], 4);
    await expect(callMissedTicket({ staff: welfare, reference, now: later(4) })).rejects.toMatchObject({ code: "ticket_settled", details: { outcome: "transferred" } });
    expect((await getCounterState({ staff: officer, now: later(4) })).missed).toEqual([]);
    expect(await callNextTicket({ staff: welfare, now: later(4) })).toBeNull();
  });

  it("a ticket already served stays served when its request is completed", async () => {
    const reference = await makeTicket({ division: "ENGINEERING", ticket: "C-005", createdAt: NOW, queueDate: TODAY });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 2);
    await callNextTicket({ staff: officer, now: later(1) });
    await markServed({ staff: officer, reference, now: later(2) });
    await acceptRequest({ staff: officer, reference, now: later(3) });
    await completeRequest({ staff: officer, reference, result: "เรียบร้อย", now: later(4) });
    expect(await ticketOf(reference)).toBe("served");
    expect(await db.auditLog.count({ where: { action: "ticket.settled" } })).toBe(0);
    expect((await getCounterState({ staff: officer, now: later(5) })).settledHere).toBeNull();
  });
});
