import { z } from "zod";
import type { LiveEvent } from "./bus";

/**
 * What travels between server processes on PostgreSQL (one NOTIFY channel): a live event,
 * an access change, a mail kick or a catalogue edit, each with the id of the process that
 * sent it. References, ticket numbers and ids only, never personal data, as on the bus itself.
 */
export type ChannelMessage =
  | { kind: "event"; event: LiveEvent }
  | { kind: "access"; staffUserId: number }
  | { kind: "mail" }
  | { kind: "catalogue" };

export type Envelope = ChannelMessage & { from: string };

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7_999;

const id = z.number().int();
const text = z.string().max(200);
const liveEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("request.filed"), divisionId: id, reference: text }),
  z.object({ type: z.literal("request.changed"), divisionId: id, reference: text, status: text }),
  z.object({ type: z.literal("request.transferred"), fromDivisionId: id, divisionId: id, reference: text }),
  z.object({ type: z.literal("ticket.called"), divisionId: id, ticket: text, counter: id, recall: z.boolean() }),
  z.object({ type: z.literal("ticket.closed"), divisionId: id, ticket: text, outcome: z.enum(["served", "no_show"]) }),
]);
const from = z.string().min(1).max(100);
const envelope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("event"), from, event: liveEvent }),
  z.object({ kind: z.literal("access"), from, staffUserId: id }),
  z.object({ kind: z.literal("mail"), from }),
  z.object({ kind: z.literal("catalogue"), from }),
]);

/** The payload to NOTIFY, or null when it would be too long to send. */
export function encodeEnvelope(message: ChannelMessage, from: string): string | null {
  const payload = JSON.stringify({ ...message, from });
  return Buffer.byteLength(payload, "utf8") <= MAX_PAYLOAD_BYTES ? payload : null;
}

/**
 * A received payload, or null when it is not one of ours. Checked field by field (zod strips
 * anything else), so a stray NOTIFY on the channel reaches no stream and breaks no listener.
 */
export function decodeEnvelope(payload: string): Envelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const result = envelope.safeParse(parsed);
  return result.success ? (result.data as Envelope) : null;
}
