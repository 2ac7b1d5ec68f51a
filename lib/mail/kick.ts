import { EventEmitter } from "node:events";

/**
 * "Mail was queued": the filing and the workflow say so after their commit, and the
 * scheduler (server/scheduler.ts) sends at once instead of at its next round. Kept on
 * globalThis, as the live bus is, because Next's bundle and server/ load this module twice.
 */
const shared = globalThis as unknown as { koMailKick?: EventEmitter };
const kicks = (shared.koMailKick ??= new EventEmitter().setMaxListeners(0));

export function mailQueued(): void {
  kicks.emit("queued");
}

/** Returns the unsubscribe function. */
export function onMailQueued(listener: () => void): () => void {
  kicks.on("queued", listener);
  return () => kicks.off("queued", listener);
}
