import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { publish } from "@/lib/events/bus";
import { can } from "@/lib/staff/policy";
import type { ChangedTicket, TicketChangeInput } from "./change-ticket";
import { assertCounterFree } from "./counter-busy";
import type { QueueErrorCode } from "./queue-scope";
import { assertNotSettled } from "./settle-ticket";
import { counterNumber, nextTicketStatus, requiredTicketStatus } from "./ticket-status";

/**
 * A resident whose ticket was marked a no-show comes to a counter later the same day: call
 * that ticket to this officer's counter, so they are served without taking a new ticket
 * or filing again. Same checks as calling the next ticket (the counter must be free, the
 * ticket's own division must be the officer's); another division's ticket is `not_found`.
 */
export async function callMissedTicket(input: TicketChangeInput): Promise<ChangedTicket> {
  const { staff } = input;
  const now = input.now ?? new Date();
  const today = bangkokDate(now);
  const parsed = counterNumber.safeParse(staff.counterNumber ?? undefined);
  if (!parsed.success) throw new AppError<QueueErrorCode>("counter_required");
  const counter = parsed.data;
  const request = await db.request.findUnique({
    where: { reference: input.reference },
    select: { id: true, reference: true, status: true, divisionId: true, queueTicket: true, queueDate: true, ticketStatus: true, division: { select: { code: true } } },
  });
  if (!request || !request.queueTicket || !can(staff, "ticket.call", request.divisionId)) throw new AppError<QueueErrorCode>("not_found");
  assertNotSettled(request);
  if (!nextTicketStatus(request.ticketStatus, "call_missed") || request.queueDate !== today) {
    throw new AppError<QueueErrorCode>("ticket_state", { status: request.ticketStatus });
  }

  await db.$transaction(async (tx) => {
    await assertCounterFree(tx, counter, today);
    const taken = await tx.request.updateMany({
      where: { id: request.id, ticketStatus: requiredTicketStatus("call_missed") },
      data: { ticketStatus: "called", ticketCalledAt: now, ticketCounter: counter, ticketCalledBy: staff.id },
    });
    if (taken.count !== 1) throw new AppError<QueueErrorCode>("ticket_state");
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: "staff",
        actorId: staff.id,
        action: "ticket.called_again",
        subjectType: "request",
        subjectId: request.reference,
        detail: JSON.stringify({ ticket: request.queueTicket, counter, division: request.division.code }),
      },
    });
  });

  publish({ type: "ticket.called", divisionId: request.divisionId, ticket: request.queueTicket, counter, recall: false });
  return { reference: request.reference, ticket: request.queueTicket, counter, divisionId: request.divisionId, status: "called" };
}
