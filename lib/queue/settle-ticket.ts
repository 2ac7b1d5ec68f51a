import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { publish } from "@/lib/events/bus";
import type { QueueErrorCode } from "./queue-scope";
import type { TicketStatus } from "./ticket-status";

/** Tickets the resident may still be called for; settling closes them. Served stays served. */
const OPEN_TICKETS: readonly TicketStatus[] = ["waiting", "called", "no_show"];

export type SettleOutcome = "completed" | "rejected" | "transferred";

export type SettledTicket = { divisionId: number; ticket: string; wasCalled: boolean };

/**
 * Close the queue ticket of a request that was completed, rejected or transferred, inside
 * the transaction that changes the request: a finished or passed-on request must not be
 * called to a counter or served again. Conditioned on the ticket still being open, so a
 * counter that serves it at the same moment keeps its "served".
 */
export async function settleTicket(
  tx: Prisma.TransactionClient,
  request: { id: number; reference: string },
  context: { now: Date; actorId: number; outcome: SettleOutcome },
): Promise<SettledTicket | null> {
  const row = await tx.request.findUnique({ where: { id: request.id }, select: { queueTicket: true, ticketStatus: true, divisionId: true } });
  if (!row?.queueTicket || !OPEN_TICKETS.includes(row.ticketStatus as TicketStatus)) return null;
  const settled = await tx.request.updateMany({ where: { id: request.id, ticketStatus: row.ticketStatus }, data: { ticketStatus: "settled" } });
  if (settled.count !== 1) return null;
  await tx.auditLog.create({
    data: {
      at: context.now,
      actorType: "staff",
      actorId: context.actorId,
      action: "ticket.settled",
      subjectType: "request",
      subjectId: request.reference,
      detail: JSON.stringify({ ticket: row.queueTicket, from: row.ticketStatus, outcome: context.outcome }),
    },
  });
  return { divisionId: row.divisionId, ticket: row.queueTicket, wasCalled: row.ticketStatus === "called" };
}

/**
 * After the commit: a ticket that was at a counter leaves the waiting-room display's "now
 * serving", and that counter's panel refreshes. A waiting ticket was on no screen; the
 * request's own live event already tells the boards.
 */
export function announceSettled(settled: SettledTicket | null): void {
  if (settled?.wasCalled) publish({ type: "ticket.closed", divisionId: settled.divisionId, ticket: settled.ticket, outcome: "served" });
}

/** Why a settled ticket is closed, from its request's status now. */
export function settleOutcome(requestStatus: string): SettleOutcome {
  return requestStatus === "done" ? "completed" : requestStatus === "rejected" ? "rejected" : "transferred";
}

/** Refuse any counter action on a settled ticket, saying why (the counter panel words it). */
export function assertNotSettled(request: { ticketStatus: string | null; queueTicket: string | null; status: string }): void {
  if (request.ticketStatus === "settled") {
    throw new AppError<QueueErrorCode>("ticket_settled", { ticket: request.queueTicket, outcome: settleOutcome(request.status) });
  }
}
