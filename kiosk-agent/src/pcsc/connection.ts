import { setTimeout as sleep } from "node:timers/promises";
import { ReaderError } from "../backend/errors.js";
import type { CardSession } from "../backend/types.js";
import { RESPONSE_BUFFER, SCARD, type PcscReader } from "./binding.js";
import { toReaderError } from "./errors.js";

export interface ConnectOptions {
  atr: Buffer;
  /** A card that never answers must not hang the agent. */
  transmitTimeoutMs?: number;
  /** Attempts while another application holds the card exclusively for a moment. */
  connectAttempts?: number;
}

function withTimeout<T>(ms: number, what: string, start: (done: (error: unknown, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ReaderError("timeout", `${what} timed out after ${ms} ms`)), ms);
    start((error, value) => {
      clearTimeout(timer);
      if (error !== null && error !== undefined) reject(toReaderError(error, what));
      else resolve(value as T);
    });
  });
}

/**
 * Connects in SHARED mode (the binding defaults to EXCLUSIVE, which other readers report as
 * "card was reset" on the next read), so a kiosk browser or a middleware can share the reader.
 */
export async function openCardSession(reader: PcscReader, options: ConnectOptions): Promise<CardSession> {
  const timeoutMs = options.transmitTimeoutMs ?? 5000;
  const attempts = options.connectAttempts ?? 3;
  if (reader.connected) {
    // A previous disconnect failed; the binding would silently reuse a dead handle.
    reader.connected = false;
  }
  let protocol = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      protocol = await withTimeout<number>(timeoutMs, "SCardConnect", (done) =>
        reader.connect({ share_mode: SCARD.SHARE_SHARED, protocol: SCARD.PROTOCOL_T0 | SCARD.PROTOCOL_T1 }, done),
      );
      break;
    } catch (error) {
      if (!(error instanceof ReaderError) || !error.retryable || attempt >= attempts) throw error;
      await sleep(100 * attempt);
    }
  }
  let closed = false;
  return {
    reader: reader.name,
    atr: options.atr,
    transmit: (apdu) => {
      if (closed) return Promise.reject(new ReaderError("reader-failure", "The card session is closed"));
      return withTimeout<Buffer>(timeoutMs, "SCardTransmit", (done) =>
        reader.transmit(apdu, RESPONSE_BUFFER, protocol, done),
      );
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await withTimeout<void>(2000, "SCardDisconnect", (done) => reader.disconnect(SCARD.LEAVE_CARD, (error) => done(error)));
      } catch {
        // The card is usually gone already; make sure the next connect opens a fresh handle.
        reader.connected = false;
      }
    },
  };
}
