import { processChannel } from "./process-channel";

/**
 * Live updates: filings, case changes and ticket calls are published here after their
 * transaction commits, and the event streams (boards, the waiting-room display) pass them
 * on. No personal data travels on the bus.
 *
 * In-process on SQLite; on PostgreSQL every server process sharing the database receives
 * them too, over LISTEN/NOTIFY (lib/events/process-channel.ts, which also says why the
 * state is on globalThis: one bus per process although the server loads this code twice).
 */
export type LiveEvent =
  | { type: "request.filed"; divisionId: number; reference: string }
  | { type: "request.changed"; divisionId: number; reference: string; status: string }
  | { type: "request.transferred"; fromDivisionId: number; divisionId: number; reference: string }
  | { type: "ticket.called"; divisionId: number; ticket: string; counter: number; recall: boolean }
  | { type: "ticket.closed"; divisionId: number; ticket: string; outcome: "served" | "no_show" };

export function publish(event: LiveEvent): void {
  processChannel().send({ kind: "event", event });
}

/** Returns the unsubscribe function. */
export function subscribe(listener: (event: LiveEvent) => void): () => void {
  return processChannel().on("event", (message) => listener(message.event));
}

/** How many subscribers this process has (the live-route tests check a closed stream leaves none). */
export function subscriberCount(): number {
  return processChannel().listenerCount("event");
}

/**
 * A person's sessions ended (sign-out, deactivation, a password change or reset) or their
 * role or divisions changed: their open staff streams check their session at once instead
 * of at the next periodic check, in whichever process they are open. Kept apart from
 * LiveEvent: it is never passed on to a page.
 */
export function publishAccessChange(staffUserId: number): void {
  processChannel().send({ kind: "access", staffUserId });
}

export function onAccessChange(listener: (staffUserId: number) => void): () => void {
  return processChannel().on("access", (message) => listener(message.staffUserId));
}
