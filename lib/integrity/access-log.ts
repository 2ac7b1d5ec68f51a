import type { Prisma } from "@/lib/db/generated/client";

export type IntegrityAction =
  | "submitted"
  | "reporter_opened"
  | "reporter_replied"
  | "reporter_added_files"
  | "reporter_read_file"
  | "recipient_opened"
  | "recipient_asked"
  | "recipient_read_file"
  | "recipient_sent_file"
  | "recipient_signed_in"
  | "recipient_signed_out"
  | "recipient_listed"
  | "recipient_reshared"
  | "state_changed"
  | "expiry_extended"
  | "expired";

type Actor = { actor: "reporter" | "system" } | { actor: "recipient"; recipientId: number };

/** Who, when, what: never content, never an address, never a code. */
export function logAccess(tx: Prisma.TransactionClient, reportId: string | null, who: Actor, action: IntegrityAction) {
  return tx.integrityAccessLog.create({ data: { reportId, actor: who.actor, recipientId: who.actor === "recipient" ? who.recipientId : null, action } });
}
