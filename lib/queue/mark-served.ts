import { changeTicket, type ChangedTicket, type TicketChangeInput } from "./change-ticket";

/** The resident was served at the counter; the counter is free for the next ticket. */
export function markServed(input: TicketChangeInput): Promise<ChangedTicket> {
  return changeTicket(input, "serve");
}
