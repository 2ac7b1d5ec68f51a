import { ReaderError, type ReaderErrorCode } from "../backend/errors.js";

/**
 * The binding reports failures as `Error("SCardX error: text(0x8010xxxx)")`; the code in the
 * parentheses is the only reliable part, so it is parsed and mapped to a ReaderError.
 */
const CODES: Record<number, ReaderErrorCode> = {
  0x80100069: "card-removed", // SCARD_W_REMOVED_CARD (also seen with duplicate reader drivers)
  0x8010000c: "card-removed", // SCARD_E_NO_SMARTCARD
  0x8010002f: "card-removed", // SCARD_E_COMM_DATA_LOST: cards swapped fast
  0x80100016: "card-removed", // SCARD_E_NOT_TRANSACTED: the card went away mid-exchange
  0x80100068: "card-reset", // SCARD_W_RESET_CARD: another application reset it
  0x8010000b: "sharing-violation", // SCARD_E_SHARING_VIOLATION
  0x8010001d: "no-service", // SCARD_E_NO_SERVICE
  0x8010001e: "no-service", // SCARD_E_SERVICE_STOPPED
  0x80100009: "no-reader", // SCARD_E_UNKNOWN_READER
  0x80100017: "no-reader", // SCARD_E_READER_UNAVAILABLE
  0x8010002e: "no-reader", // SCARD_E_NO_READERS_AVAILABLE
  0x80100066: "unresponsive-card", // SCARD_W_UNRESPONSIVE_CARD
  0x80100067: "unresponsive-card", // SCARD_W_UNPOWERED_CARD
  0x8010000a: "timeout", // SCARD_E_TIMEOUT
};

export function pcscErrorCode(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /\(0x([0-9a-f]{8})\)/iu.exec(message);
  return match?.[1] === undefined ? undefined : Number.parseInt(match[1], 16);
}

export function toReaderError(error: unknown, during: string): ReaderError {
  if (error instanceof ReaderError) return error;
  const code = pcscErrorCode(error);
  const kind = (code !== undefined ? CODES[code] : undefined) ?? "reader-failure";
  const hex = code === undefined ? "" : ` (0x${code.toString(16).toUpperCase()})`;
  return new ReaderError(kind, `${during} failed: ${kind}${hex}`, { cause: error });
}
