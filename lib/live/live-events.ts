import { bangkokDate } from "@/lib/calendar/dates";
import type { LiveEvent } from "@/lib/events/bus";
import type { DisplayDivision, DisplayEvent } from "@/lib/queue/display-model";
import { can, type StaffPrincipal } from "@/lib/staff/policy";

/**
 * Which bus events each stream passes on, and in what shape. Pure, so the rules are
 * tested without a server: the public display sees ticket calls only (ticket, counter,
 * division), and staff see events of the divisions whose boards they may open.
 */
export function displayEventFor(event: LiveEvent, divisions: ReadonlyMap<number, DisplayDivision>, now: Date): DisplayEvent | null {
  if (event.type !== "ticket.called" && event.type !== "ticket.closed") return null;
  const division = divisions.get(event.divisionId);
  if (!division) return null;
  const common = { date: bangkokDate(now), ticket: event.ticket, division, at: now.toISOString() };
  return event.type === "ticket.called"
    ? { type: "ticket.called", ...common, counter: event.counter, recall: event.recall }
    : { type: "ticket.closed", ...common, outcome: event.outcome };
}

/** The messages of GET /api/staff/events: the bus events themselves, no personal data on them. */
export type StaffEvent = LiveEvent;

/** The event as a staff stream sends it, or null when the person may not see that division's board. */
export function staffEventFor(event: LiveEvent, staff: StaffPrincipal): StaffEvent | null {
  const visible =
    can(staff, "board.view", event.divisionId) || (event.type === "request.transferred" && can(staff, "board.view", event.fromDivisionId));
  return visible ? pickStaffFields(event) : null;
}

/** Only the documented fields travel, whatever else a publisher put on the event. */
function pickStaffFields(event: LiveEvent): StaffEvent {
  switch (event.type) {
    case "request.filed":
      return { type: event.type, divisionId: event.divisionId, reference: event.reference };
    case "request.changed":
      return { type: event.type, divisionId: event.divisionId, reference: event.reference, status: event.status };
    case "request.transferred":
      return { type: event.type, fromDivisionId: event.fromDivisionId, divisionId: event.divisionId, reference: event.reference };
    case "ticket.called":
      return { type: event.type, divisionId: event.divisionId, ticket: event.ticket, counter: event.counter, recall: event.recall };
    case "ticket.closed":
      return { type: event.type, divisionId: event.divisionId, ticket: event.ticket, outcome: event.outcome };
  }
}
