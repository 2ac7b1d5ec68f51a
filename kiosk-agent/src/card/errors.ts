/**
 * The one error type of the card layer. Every failure of a read ends as a CardError with a
 * stable code, so callers (CLI exit codes, WebSocket `error` messages) map codes in one place
 * and never show raw internals. Messages are English and never contain card data.
 */
export type CardErrorCode =
  /** The card has no Thai ID applet (SELECT refused), e.g. a bank card. */
  | "not-thai-id"
  /** Garbage, short responses, unexpected status words, or too many exchanges. */
  | "unreadable"
  /** The citizen ID read from the chip fails its checksum: treated as an error, not data. */
  | "invalid-citizen-id"
  /** The card left the reader (or was reset) before the read finished. */
  | "card-removed"
  /** The reader or PC/SC service failed while talking to the card. */
  | "transmit-failed";

export class CardError extends Error {
  override readonly name = "CardError";
  readonly code: CardErrorCode;
  /** A transient failure (card reset by another application...) worth one more attempt. */
  readonly retryable: boolean;

  constructor(code: CardErrorCode, message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options?.retryable ?? false;
  }
}

export function isCardError(value: unknown): value is CardError {
  return value instanceof CardError;
}
