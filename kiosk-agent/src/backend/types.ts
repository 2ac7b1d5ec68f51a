import type { EventEmitter } from "node:events";

/**
 * What the server and CLI need from "something with card readers": the PC/SC monitor and the
 * in-process virtual reader both provide it, so everything above works the same on a kiosk
 * with a real reader and on a laptop with nothing plugged in.
 */
export type BackendMode = "pcsc" | "virtual";

export interface ReaderState {
  name: string;
  cardPresent: boolean;
  /** Hex ATR of the present card, null when empty. */
  atr: string | null;
}

/** A connection to the card in one reader, for one read. */
export interface CardSession {
  readonly reader: string;
  readonly atr: Buffer;
  transmit(apdu: Buffer): Promise<Buffer>;
  /** Leaves the card powered (SCARD_LEAVE_CARD) so other applications are not disturbed. */
  close(): Promise<void>;
}

export interface BackendEvents {
  /** The reader list or a reader's card presence changed; carries a fresh copy. */
  readers: [readers: ReaderState[]];
  "card-inserted": [reader: string, atr: Buffer];
  "card-removed": [reader: string];
  /** The PC/SC service went away (false) or came back (true). */
  service: [available: boolean];
}

export interface CardBackend extends EventEmitter<BackendEvents> {
  readonly mode: BackendMode;
  /** Resolves once the initial reader list and card states are known. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Copies, never internal state. */
  readers(): ReaderState[];
  readonly serviceAvailable: boolean;
  connect(reader: string): Promise<CardSession>;
}
