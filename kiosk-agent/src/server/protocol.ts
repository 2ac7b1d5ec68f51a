import type { Attestation } from "../attestation/attestation.js";
import { isValidNonce } from "../attestation/attestation.js";
import type { BackendMode } from "../backend/types.js";
import type { CardRead } from "../card/types.js";

/** Bumped on incompatible changes; the page can refuse an agent it does not understand. */
export const PROTOCOL_VERSION = 1;

export type ErrorCode =
  | "bad-request"
  | "no-service"
  | "no-reader"
  | "not-thai-id"
  | "unreadable"
  | "invalid-citizen-id"
  | "card-removed"
  | "transmit-failed"
  | "not-virtual"
  | "unknown-card"
  | "internal";

export interface ReaderInfo {
  name: string;
  cardPresent: boolean;
}

// ---- agent -> page -------------------------------------------------------------------------

export interface HelloMessage {
  type: "hello";
  protocol: typeof PROTOCOL_VERSION;
  agentVersion: string;
  deviceId: string;
  mode: BackendMode;
  /** Sample card names for `virtual-insert`; only in virtual mode. */
  virtualCards?: string[];
}

export interface ReadersMessage {
  type: "readers";
  /** "unavailable" when pcscd is not running (the agent keeps retrying). */
  service: "available" | "unavailable";
  readers: ReaderInfo[];
}

export interface CardInsertedMessage {
  type: "card-inserted";
  reader: string;
}

export interface CardReadMessage {
  type: "card-read";
  reader: string;
  data: CardRead;
  attestation: Attestation;
}

export interface CardRemovedMessage {
  type: "card-removed";
  reader: string;
}

export interface ErrorMessage {
  type: "error";
  code: ErrorCode;
  /** English, for logs and developers; the page shows its own localised text per code. */
  message: string;
  reader?: string;
}

export type ServerMessage =
  | HelloMessage
  | ReadersMessage
  | CardInsertedMessage
  | CardReadMessage
  | CardRemovedMessage
  | ErrorMessage;

// ---- page -> agent -------------------------------------------------------------------------

export interface ReadRequest {
  type: "read";
  /** Server-issued, single use; echoed in the attestation. */
  nonce: string;
  photo?: boolean;
  /** Defaults to the reader holding a card. */
  reader?: string;
}

export interface CancelRequest {
  type: "cancel";
}

export interface VirtualInsertRequest {
  type: "virtual-insert";
  card?: string;
}

export interface VirtualRemoveRequest {
  type: "virtual-remove";
}

export type ClientMessage = ReadRequest | CancelRequest | VirtualInsertRequest | VirtualRemoveRequest;

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; error: string };

/** Validates a client frame; the page is trusted by origin, its input is still checked. */
export function parseClientMessage(raw: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: "Messages must be JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "Messages must be JSON objects" };
  const record = value as Record<string, unknown>;
  switch (record["type"]) {
    case "read": {
      if (!isValidNonce(record["nonce"])) return { ok: false, error: "read needs a nonce of 16..256 base64url characters" };
      if (record["photo"] !== undefined && typeof record["photo"] !== "boolean") return { ok: false, error: "photo must be a boolean" };
      if (record["reader"] !== undefined && typeof record["reader"] !== "string") return { ok: false, error: "reader must be a string" };
      const message: ReadRequest = { type: "read", nonce: record["nonce"], photo: record["photo"] === true };
      if (typeof record["reader"] === "string") message.reader = record["reader"];
      return { ok: true, message };
    }
    case "cancel":
      return { ok: true, message: { type: "cancel" } };
    case "virtual-insert": {
      if (record["card"] !== undefined && typeof record["card"] !== "string") return { ok: false, error: "card must be a string" };
      return { ok: true, message: typeof record["card"] === "string" ? { type: "virtual-insert", card: record["card"] } : { type: "virtual-insert" } };
    }
    case "virtual-remove":
      return { ok: true, message: { type: "virtual-remove" } };
    default:
      return { ok: false, error: "Unknown message type" };
  }
}
