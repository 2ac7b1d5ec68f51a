import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { publish } from "@/lib/events/bus";
import { can } from "@/lib/staff/policy";
import { assertCounterFree } from "./counter-busy";
import { callableDivisions, type CounterStaff, type QueueErrorCode } from "./queue-scope";
import { counterNumber } from "./ticket-status";

export type CalledTicket = {
  reference: string;
  ticket: string;
  counter: number;
  divisionId: number;
  divisionCode: string;
  calledAt: Date;
};

export type CallNextInput = {
  staff: CounterStaff;
  /** Which of the person's queues to call from; all of theirs when left out. */
  divisionIds?: readonly number[];
  /** The counter to call to; the session's counter when left out. */
  counter?: number | null;
  now?: Date;
};

/** Another officer may take the same ticket first; then the next one is tried. */
const MAX_ATTEMPTS = 25;

/**
 * Call the oldest waiting ticket of today, across the chosen divisions, to this counter.
 * Null when nobody is waiting. The ticket is taken by an update conditioned on its still
 * waiting, so two officers calling at the same moment never get the same ticket.
 * A counter with a ticket still called must close it first (served or no-show).
 */
export async function callNextTicket(input: CallNextInput): Promise<CalledTicket | null> {
  const { staff } = input;
  const now = input.now ?? new Date();
  const today = bangkokDate(now);
  const parsed = counterNumber.safeParse(input.counter ?? staff.counterNumber ?? undefined);
  if (!parsed.success) throw new AppError<QueueErrorCode>("counter_required");
  const counter = parsed.data;
  const divisions = await callableDivisions(staff, input.divisionIds);
  if (divisions.length === 0) throw new AppError<QueueErrorCode>("forbidden");

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const outcome = await db.$transaction(async (tx) => {
      // Checked inside the transaction, so a double tap cannot call two tickets to one counter.
      await assertCounterFree(tx, counter, today);
      const candidate = await tx.request.findFirst({
        where: { divisionId: { in: divisions.map((d) => d.id) }, queueDate: today, ticketStatus: "waiting" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, reference: true, queueTicket: true, divisionId: true },
      });
      if (!candidate) return "empty" as const;
      // The division comes from the ticket's own row.
      if (!can(staff, "ticket.call", candidate.divisionId)) throw new AppError<QueueErrorCode>("forbidden");
      const taken = await tx.request.updateMany({
        where: { id: candidate.id, ticketStatus: "waiting" },
        data: { ticketStatus: "called", ticketCalledAt: now, ticketCounter: counter, ticketCalledBy: staff.id },
      });
      if (taken.count !== 1) return "lost" as const;
      const division = divisions.find((d) => d.id === candidate.divisionId)!;
      await tx.auditLog.create({
        data: {
          at: now,
          actorType: "staff",
          actorId: staff.id,
          action: "ticket.called",
          subjectType: "request",
          subjectId: candidate.reference,
          detail: JSON.stringify({ ticket: candidate.queueTicket, counter, division: division.code }),
        },
      });
      return {
        reference: candidate.reference,
        ticket: candidate.queueTicket ?? "",
        counter,
        divisionId: candidate.divisionId,
        divisionCode: division.code,
        calledAt: now,
      } satisfies CalledTicket;
    });
    if (outcome === "empty") return null;
    if (outcome === "lost") continue;
    publish({ type: "ticket.called", divisionId: outcome.divisionId, ticket: outcome.ticket, counter, recall: false });
    return outcome;
  }
  throw new Error("call next: too many concurrent calls for the same ticket");
}
