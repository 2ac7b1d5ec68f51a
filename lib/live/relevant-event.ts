import type { LiveEvent } from "@/lib/events/bus";

/** What a staff page shows, for deciding which live events should refresh it. */
export type LiveFilter = {
  /** Events of these divisions only (a division's board); a transfer counts for both ends. */
  divisionIds?: readonly number[];
  /** Events about this request only (a detail page); its ticket events are matched by `ticket`. */
  reference?: string;
  ticket?: string;
  /** These event types only. */
  types?: readonly LiveEvent["type"][];
};

/** Does this event concern what the page shows? Pure; runs in the browser. */
export function isRelevantEvent(event: LiveEvent, filter: LiveFilter): boolean {
  if (filter.types && !filter.types.includes(event.type)) return false;
  if (filter.divisionIds) {
    const divisions = event.type === "request.transferred" ? [event.divisionId, event.fromDivisionId] : [event.divisionId];
    if (!divisions.some((id) => filter.divisionIds!.includes(id))) return false;
  }
  if (filter.reference !== undefined || filter.ticket !== undefined) {
    return "reference" in event ? event.reference === filter.reference : event.ticket === filter.ticket;
  }
  return true;
}
