import { changeTicket, type ChangedTicket, type TicketChangeInput } from "./change-ticket";

/** Announce a called ticket again (the display chimes and shows it at its counter). */
export function recallTicket(input: TicketChangeInput): Promise<ChangedTicket> {
  return changeTicket(input, "recall");
}
