import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { publish, type LiveEvent } from "@/lib/events/bus";
import { can } from "@/lib/staff/policy";
import type { CounterStaff, QueueErrorCode } from "./queue-scope";
import { assertNotSettled } from "./settle-ticket";
import { nextTicketStatus, requiredTicketStatus, type TicketAction, type TicketStatus } from "./ticket-status";

export type TicketChangeInput = { staff: CounterStaff; reference: string; now?: Date };

export type ChangedTicket = {
  reference: string;
  ticket: string;
  counter: number;
  divisionId: number;
  status: TicketStatus;
};

type ChangeAction = Exclude<TicketAction, "call" | "call_missed">;

const AUDIT_ACTION: Record<ChangeAction, string> = {
  recall: "ticket.recalled",
  serve: "ticket.served",
  no_show: "ticket.no_show",
};

/**
 * Recall, serve or mark a no-show: the ticket of request `reference`, which must be called.
 * The division checked is the request's own. Someone else's or a missing request is
 * `not_found` alike, so nothing about other divisions leaks. Recall is for today's tickets
 * only; an earlier day's ticket left open can still be closed.
 */
export async function changeTicket(input: TicketChangeInput, action: ChangeAction): Promise<ChangedTicket> {
  const { staff } = input;
  const now = input.now ?? new Date();
  const request = await db.request.findUnique({
    where: { reference: input.reference },
    select: { id: true, reference: true, status: true, divisionId: true, queueTicket: true, queueDate: true, ticketStatus: true, ticketCounter: true, division: { select: { code: true } } },
  });
  if (!request || !request.queueTicket || !can(staff, "ticket.call", request.divisionId)) throw new AppError<QueueErrorCode>("not_found");
  assertNotSettled(request);
  const status = nextTicketStatus(request.ticketStatus, action);
  if (!status || request.ticketCounter === null || (action === "recall" && request.queueDate !== bangkokDate(now))) {
    throw new AppError<QueueErrorCode>("ticket_state", { status: request.ticketStatus });
  }
  const counter = request.ticketCounter;

  await db.$transaction(async (tx) => {
    const changed = await tx.request.updateMany({
      where: { id: request.id, ticketStatus: requiredTicketStatus(action) },
      data: action === "recall" ? { ticketCalledAt: now } : { ticketStatus: status },
    });
    if (changed.count !== 1) throw new AppError<QueueErrorCode>("ticket_state");
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: "staff",
        actorId: staff.id,
        action: AUDIT_ACTION[action],
        subjectType: "request",
        subjectId: request.reference,
        detail: JSON.stringify({ ticket: request.queueTicket, counter, division: request.division.code }),
      },
    });
  });

  const ticket = request.queueTicket;
  const event: LiveEvent =
    action === "recall"
      ? { type: "ticket.called", divisionId: request.divisionId, ticket, counter, recall: true }
      : { type: "ticket.closed", divisionId: request.divisionId, ticket, outcome: action === "serve" ? "served" : "no_show" };
  publish(event);
  return { reference: request.reference, ticket, counter, divisionId: request.divisionId, status };
}
