/**
 * What the waiting-room display shows, and how each live event changes it. Pure and free
 * of server imports: the display page runs it in the browser on every event, and the
 * server builds the first state with the same shapes (display-state.ts).
 *
 * Nothing here identifies a person: a ticket, a counter, a division and a time.
 */
export type DisplayDivision = { code: string; nameTh: string; nameEn: string };

export type DisplayTicket = {
  ticket: string;
  counter: number;
  division: DisplayDivision;
  status: "called" | "served" | "no_show";
  /** When it was (last) called, ISO 8601. */
  calledAt: string;
};

export type DisplayState = {
  /** The Bangkok calendar date (YYYY-MM-DD) the tickets belong to. */
  date: string;
  /** Tickets being served now, at most one per counter, by counter number. */
  serving: DisplayTicket[];
  /** The last few calls, newest first (including those still being served). */
  recent: DisplayTicket[];
};

/** The messages of GET /api/display/events (each is one SSE `data:` line of JSON). */
export type DisplayEvent =
  | { type: "snapshot"; state: DisplayState }
  | { type: "ticket.called"; date: string; ticket: string; counter: number; recall: boolean; division: DisplayDivision; at: string }
  | { type: "ticket.closed"; date: string; ticket: string; outcome: "served" | "no_show"; division: DisplayDivision; at: string };

export const RECENT_LIMIT = 6;

export function emptyDisplayState(date: string): DisplayState {
  return { date, serving: [], recent: [] };
}

const sameTicket = (a: { ticket: string; division: DisplayDivision }, b: { ticket: string; division: DisplayDivision }) =>
  a.ticket === b.ticket && a.division.code === b.division.code;

/** The state after one event. Applying the same event twice gives the same state. */
export function applyDisplayEvent(state: DisplayState, event: DisplayEvent, recentLimit = RECENT_LIMIT): DisplayState {
  if (event.type === "snapshot") return event.state;
  // The first event of a new day starts the day's display afresh.
  const base = event.date === state.date ? state : event.date > state.date ? emptyDisplayState(event.date) : null;
  if (!base) return state; // a late event of an earlier day
  if (event.type === "ticket.called") {
    const called: DisplayTicket = { ticket: event.ticket, counter: event.counter, division: event.division, status: "called", calledAt: event.at };
    const serving = [...base.serving.filter((t) => t.counter !== event.counter && !sameTicket(t, event)), called].sort(
      (a, b) => a.counter - b.counter,
    );
    const recent = [called, ...base.recent.filter((t) => !sameTicket(t, event))].slice(0, recentLimit);
    return { date: base.date, serving, recent };
  }
  return {
    date: base.date,
    serving: base.serving.filter((t) => !sameTicket(t, event)),
    recent: base.recent.map((t) => (sameTicket(t, event) ? { ...t, status: event.outcome } : t)),
  };
}

/** At midnight (Bangkok) yesterday's tickets leave the screen. */
export function rollOverDisplay(state: DisplayState, today: string): DisplayState {
  return today > state.date ? emptyDisplayState(today) : state;
}

/** The recent calls not already shown as being served. */
export function earlierCalls(state: DisplayState): DisplayTicket[] {
  return state.recent.filter((r) => !state.serving.some((s) => sameTicket(s, r)));
}
