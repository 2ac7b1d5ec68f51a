import { EventEmitter } from "node:events";

/**
 * Live updates inside the server process: filings, case changes and ticket calls are
 * published here after their transaction commits, and the event streams (boards, the
 * waiting-room display) pass them on. No personal data travels on the bus.
 *
 * Kept on globalThis because the server loads application code twice (Next.js's bundle for
 * pages and actions, and server/ for the fast routes): both must share one bus. Several
 * server processes (PostgreSQL, later) would need LISTEN/NOTIFY or similar instead.
 */
export type LiveEvent =
  | { type: "request.filed"; divisionId: number; reference: string }
  | { type: "request.changed"; divisionId: number; reference: string; status: string }
  | { type: "request.transferred"; fromDivisionId: number; divisionId: number; reference: string }
  | { type: "ticket.called"; divisionId: number; ticket: string; counter: number; recall: boolean }
  | { type: "ticket.closed"; divisionId: number; ticket: string; outcome: "served" | "no_show" };

const globalForBus = globalThis as unknown as { koLiveEvents?: EventEmitter };
const bus = (globalForBus.koLiveEvents ??= new EventEmitter().setMaxListeners(0));

export function publish(event: LiveEvent): void {
  bus.emit("event", event);
}

/** Returns the unsubscribe function. */
export function subscribe(listener: (event: LiveEvent) => void): () => void {
  bus.on("event", listener);
  return () => bus.off("event", listener);
}

/**
 * A person's sessions ended (sign-out, deactivation, a password change or reset) or their
 * role or divisions changed: their open staff streams check their session at once instead
 * of at the next periodic check. Kept apart from LiveEvent: it is never passed on to a page.
 */
export function publishAccessChange(staffUserId: number): void {
  bus.emit("access", staffUserId);
}

export function onAccessChange(listener: (staffUserId: number) => void): () => void {
  bus.on("access", listener);
  return () => bus.off("access", listener);
}
