import { z } from "zod";

/**
 * A counter queue ticket's life (Request.ticketStatus): waiting until an officer calls it
 * to a counter, then served or a no-show. Recall re-announces a called ticket. A resident
 * who missed the call and comes to a counter later the same day is called again there.
 *
 *   waiting --call--> called --serve--> served
 *                       |  \--no_show--> no_show --call_missed--> called (at the officer's counter)
 *                       \--recall--> called (announced again)
 *
 * Completing, rejecting or transferring the request settles a ticket still waiting, called
 * or missed (lib/queue/settle-ticket.ts): nothing more can be done with a settled ticket.
 */
export const TICKET_STATUSES = ["waiting", "called", "served", "no_show", "settled"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const ticketStatus = z.enum(TICKET_STATUSES);

export type TicketAction = "call" | "recall" | "serve" | "no_show" | "call_missed";

const TRANSITIONS: Record<TicketAction, { from: TicketStatus; to: TicketStatus }> = {
  call: { from: "waiting", to: "called" },
  recall: { from: "called", to: "called" },
  serve: { from: "called", to: "served" },
  no_show: { from: "called", to: "no_show" },
  call_missed: { from: "no_show", to: "called" },
};

/** The status a ticket moves to, or null when the action is not allowed from `from`. */
export function nextTicketStatus(from: string | null, action: TicketAction): TicketStatus | null {
  const rule = TRANSITIONS[action];
  return from === rule.from ? rule.to : null;
}

/** The status a ticket must have for the action (used as the condition of the update). */
export function requiredTicketStatus(action: TicketAction): TicketStatus {
  return TRANSITIONS[action].from;
}

/** Counter numbers as staff choose them: 1 to 20, the same bound as sign-in (lib/auth/sign-in.ts). */
export const MAX_COUNTER = 20;
export const counterNumber = z.coerce.number().int().min(1).max(MAX_COUNTER);
