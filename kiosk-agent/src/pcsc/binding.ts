import type { EventEmitter } from "node:events";

/**
 * The part of the npm `pcsclite` binding the agent uses, typed here so the optional native
 * module is never needed at compile time and unit tests can pass a fake.
 */
export interface PcscStatus {
  state: number;
  atr?: Buffer;
}

export type PcscCallback<T> = (error: Error | null | undefined, value: T) => void;

export interface PcscReader extends EventEmitter {
  readonly name: string;
  /** Set by the binding itself; reset by hand when a disconnect failed (see connection.ts). */
  connected: boolean;
  connect(options: { share_mode: number; protocol: number }, callback: PcscCallback<number>): void;
  transmit(data: Buffer, responseLength: number, protocol: number, callback: PcscCallback<Buffer>): void;
  disconnect(disposition: number, callback: (error: Error | null | undefined) => void): void;
  close(): void;
}

export interface PcscContext extends EventEmitter {
  close(): void;
}

/** `require("pcsclite")`: establishes a PC/SC context, throws when pcscd is not reachable. */
export type PcscFactory = () => PcscContext;

/** pcsc-lite constants (same values on Linux, macOS and Windows). */
export const SCARD = {
  SHARE_SHARED: 2,
  PROTOCOL_T0: 1,
  PROTOCOL_T1: 2,
  LEAVE_CARD: 0,
  STATE_EMPTY: 0x10,
  STATE_PRESENT: 0x20,
  STATE_MUTE: 0x200,
} as const;

/** 255 data bytes + SW1 SW2 (+1 spare): smaller buffers make pcsc answer 0x80100008. */
export const RESPONSE_BUFFER = 258;
