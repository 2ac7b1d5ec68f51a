import {
  getResponse,
  parseResponse,
  swHex,
  type GetResponseVariant,
  type ResponseApdu,
} from "./apdu.js";
import { CardError } from "./errors.js";

/** The one I/O seam of the card layer: send a command APDU, get the response APDU. */
export type Transmit = (apdu: Buffer) => Promise<Buffer>;

/**
 * A T=0 conversation with one card. pcsc-lite hands `61 xx` straight to the application, so
 * GET RESPONSE is ours to send. Every loop here is bounded and every exchange is counted
 * against a budget, so a card answering nonsense ends in a CardError, never in a hang.
 */
export class T0Session {
  private sent = 0;
  private variant: GetResponseVariant;
  private variantSwitched = false;

  constructor(
    private readonly transmit: Transmit,
    variant: GetResponseVariant,
    private readonly maxApdus: number,
  ) {
    this.variant = variant;
  }

  /** Command APDUs sent so far, GET RESPONSE included. */
  get apdus(): number {
    return this.sent;
  }

  async send(apdu: Buffer): Promise<ResponseApdu> {
    if (this.sent >= this.maxApdus) {
      throw new CardError("unreadable", `The card needed more than ${this.maxApdus} exchanges`);
    }
    this.sent++;
    let raw: Buffer;
    try {
      raw = await this.transmit(apdu);
    } catch (error) {
      throw toCardError(error);
    }
    const response = Buffer.isBuffer(raw) ? parseResponse(raw) : undefined;
    if (response === undefined) throw new CardError("unreadable", "The card sent a response too short to carry a status word");
    return response;
  }

  /**
   * Fetches `expected` bytes announced by `61 xx` (announced = xx). Handles chained `61`
   * answers, `6C xx` (resend with Le = xx) and the other GET RESPONSE variant on `6A 86`
   * or `6D 00`. Returns exactly `expected` bytes or throws.
   */
  async fetch(announced: number, expected: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let received = 0;
    let le = announced;
    // Enough for one variant switch, a couple of 6C corrections and a few chained 61s.
    for (let round = 0; round < 8; round++) {
      const response = await this.send(getResponse(this.variant, le));
      const { sw, sw1, sw2, data } = response;
      if ((sw === 0x6a86 || sw === 0x6d00) && !this.variantSwitched && received === 0) {
        this.variant = this.variant === 0 ? 1 : 0;
        this.variantSwitched = true;
        continue;
      }
      if (sw1 === 0x6c) {
        le = sw2;
        continue;
      }
      if (sw1 === 0x61 || sw === 0x9000) {
        chunks.push(data);
        received += data.length;
        if (received > expected) break;
        if (sw === 0x9000) break;
        le = sw2;
        continue;
      }
      throw new CardError("unreadable", `GET RESPONSE failed with status ${swHex(sw)}`);
    }
    const bytes = Buffer.concat(chunks);
    if (bytes.length !== expected) {
      throw new CardError("unreadable", `The card returned ${bytes.length} bytes where ${expected} were asked for`);
    }
    return bytes;
  }
}

/** pcsc reports a pulled card in several ways; they all mean "removed" to a caller. */
function toCardError(error: unknown): CardError {
  if (error instanceof CardError) return error;
  const fields = typeof error === "object" && error !== null ? (error as { code?: unknown; retryable?: unknown }) : {};
  if (fields.code === "card-removed" || fields.code === "no-card") {
    return new CardError("card-removed", "The card was removed during the read", { cause: error });
  }
  return new CardError("transmit-failed", "Talking to the card failed", {
    cause: error,
    retryable: fields.retryable === true,
  });
}
