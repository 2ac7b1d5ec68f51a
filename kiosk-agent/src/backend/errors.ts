/**
 * Reader-level failures (below the card protocol), with a code the card layer and the CLI can
 * map. `retryable` marks the transient ones worth one more attempt (another application reset
 * the card or held it exclusively for a moment).
 */
export type ReaderErrorCode =
  | "no-service"
  | "no-reader"
  | "no-card"
  | "card-removed"
  | "card-reset"
  | "sharing-violation"
  | "unresponsive-card"
  | "timeout"
  | "reader-failure";

const RETRYABLE: ReadonlySet<ReaderErrorCode> = new Set(["card-reset", "sharing-violation"]);

export class ReaderError extends Error {
  override readonly name = "ReaderError";
  readonly code: ReaderErrorCode;
  readonly retryable: boolean;

  constructor(code: ReaderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.retryable = RETRYABLE.has(code);
  }
}
