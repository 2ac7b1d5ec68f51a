import { processChannel } from "@/lib/events/process-channel";

/**
 * "Mail was queued": the filing and the workflow say so after their commit, and the
 * scheduler (server/scheduler.ts) sends at once instead of at its next round. On PostgreSQL
 * the kick reaches every server process (lib/events/process-channel.ts), so it reaches the
 * one whose scheduler holds the leader lock, wherever the filing was made.
 */
export function mailQueued(): void {
  processChannel().send({ kind: "mail" });
}

/** Returns the unsubscribe function. */
export function onMailQueued(listener: () => void): () => void {
  return processChannel().on("mail", () => listener());
}
