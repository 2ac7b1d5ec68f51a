import { changeTicket, type ChangedTicket, type TicketChangeInput } from "./change-ticket";

/** The called resident did not come to the counter. */
export function markNoShow(input: TicketChangeInput): Promise<ChangedTicket> {
  return changeTicket(input, "no_show");
}
