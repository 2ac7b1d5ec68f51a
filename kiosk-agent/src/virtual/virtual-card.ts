import { THAI_ID_AID } from "../card/apdu.js";
import type { Span } from "../card/layout.js";

/**
 * The project's own virtual Thai ID card: answers APDUs the way the reference describes real
 * cards doing (T=0, `61 LL` then GET RESPONSE), over a memory image built from a card file.
 * Fault modes make it misbehave on purpose so tests can prove the agent copes.
 */
export type FaultMode =
  /** Behave like a good card. */
  | "none"
  /** Random bytes for every response (seeded, so failures reproduce). */
  | "garbage"
  /** GET RESPONSE returns half the bytes, still with 90 00. */
  | "short-data"
  /** READ answers 6F 00 (no precise diagnosis). */
  | "wrong-sw"
  /** Not a Thai ID card: another ATR, and SELECT of the Thai applet answers 6A 82. */
  | "not-thai"
  /** READ answers 61 00; GET RESPONSE with the wrong Le answers 6C xx (the real length). */
  | "sixty-one-zero"
  /** Wants the GET RESPONSE variant its ATR does not announce, so 6A 86 must trigger a retry. */
  | "swapped-variant";

export const FAULT_MODES: readonly FaultMode[] = [
  "none", "garbage", "short-data", "wrong-sw", "not-thai", "sixty-one-zero", "swapped-variant",
];

/** Historical bytes spell "TH NID 6", as on current cards. */
export const ATR_VARIANT_0 = Buffer.from("3B6800005448204E49442036", "hex");
/**
 * A `3B 67` ATR, the family that wants `00 C0 00 01`. The exact bytes of such cards are not
 * public; these are made up with the same first two bytes.
 */
export const ATR_VARIANT_1 = Buffer.from("3B6700005448204E494431", "hex");
/** A typical non-Thai (EMV-like) ATR for the not-thai mode. */
export const ATR_OTHER = Buffer.from("3B6E00008031806649534F313230", "hex");

export interface VirtualCardOptions {
  atrVariant?: 0 | 1;
  fault?: FaultMode;
  /** Seed of the garbage generator. */
  seed?: number;
}

const SW_OK = Buffer.from([0x90, 0x00]);

function sw(sw1: number, sw2: number): Buffer {
  return Buffer.from([sw1, sw2]);
}

/** mulberry32: tiny deterministic PRNG, enough for reproducible garbage. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class VirtualThaiIdCard {
  readonly fault: FaultMode;
  private readonly atrVariant: 0 | 1;
  private readonly random: () => number;
  private selected = false;
  private pending: Buffer | null = null;
  /** Every READ span the card served, so tests can prove which bytes were requested. */
  readonly readLog: Span[] = [];
  /** Command APDUs received since power-on. */
  apdus = 0;

  constructor(
    private readonly image: Buffer,
    options: VirtualCardOptions = {},
  ) {
    this.atrVariant = options.atrVariant ?? 0;
    this.fault = options.fault ?? "none";
    this.random = prng(options.seed ?? 1);
  }

  get atr(): Buffer {
    if (this.fault === "not-thai") return ATR_OTHER;
    return this.atrVariant === 1 ? ATR_VARIANT_1 : ATR_VARIANT_0;
  }

  /** Power cycle or reset: the applet is deselected and pending data dropped. */
  reset(): void {
    this.selected = false;
    this.pending = null;
  }

  /** The GET RESPONSE P2 this card accepts. */
  private get wantedP2(): number {
    const announced = this.atrVariant;
    return this.fault === "swapped-variant" ? 1 - announced : announced;
  }

  transmit(apdu: Buffer): Buffer {
    this.apdus++;
    if (this.fault === "garbage") return this.garbage();
    if (apdu.length < 4) return sw(0x67, 0x00);
    const [cla, ins, p1, p2] = [apdu[0], apdu[1], apdu[2], apdu[3]] as number[];
    if (cla === 0x00 && ins === 0xa4) return this.select(apdu, p1 as number);
    if (cla === 0x80 && ins === 0xb0) return this.read(apdu, ((p1 as number) << 8) | (p2 as number));
    if (cla === 0x00 && ins === 0xc0) return this.getResponse(apdu, p2 as number);
    this.pending = null;
    return cla === 0x00 || cla === 0x80 ? sw(0x6d, 0x00) : sw(0x6e, 0x00);
  }

  private select(apdu: Buffer, p1: number): Buffer {
    this.pending = null;
    const aid = apdu.subarray(5, 5 + (apdu[4] ?? 0));
    if (p1 !== 0x04 || this.fault === "not-thai" || !aid.equals(THAI_ID_AID)) {
      this.selected = false;
      return sw(0x6a, 0x82);
    }
    this.selected = true;
    // A short FCI the reader may fetch or ignore.
    this.pending = Buffer.from("6F088404A0000000", "hex");
    return sw(0x61, this.pending.length);
  }

  private read(apdu: Buffer, offset: number): Buffer {
    this.pending = null;
    if (!this.selected) return sw(0x69, 0x85);
    if (apdu.length !== 7 || apdu[4] !== 0x02 || apdu[5] !== 0x00) return sw(0x67, 0x00);
    const length = apdu[6] as number;
    if (length === 0) return sw(0x67, 0x00);
    if (offset + length > this.image.length) return sw(0x6b, 0x00);
    if (this.fault === "wrong-sw") return sw(0x6f, 0x00);
    this.readLog.push({ offset, length });
    this.pending = this.image.subarray(offset, offset + length);
    return sw(0x61, this.fault === "sixty-one-zero" ? 0x00 : length);
  }

  private getResponse(apdu: Buffer, p2: number): Buffer {
    if (p2 !== this.wantedP2) return sw(0x6a, 0x86);
    const pending = this.pending;
    if (pending === null) return sw(0x69, 0x85);
    const le = apdu.length >= 5 ? (apdu[4] as number) : 0;
    const wanted = le === 0 ? 256 : le;
    if (wanted > pending.length) return sw(0x6c, pending.length);
    if (this.fault === "short-data") {
      this.pending = null;
      return Buffer.concat([pending.subarray(0, Math.floor(wanted / 2)), SW_OK]);
    }
    const out = pending.subarray(0, wanted);
    const rest = pending.subarray(wanted);
    this.pending = rest.length > 0 ? rest : null;
    return Buffer.concat([out, rest.length > 0 ? sw(0x61, Math.min(rest.length, 0xff)) : SW_OK]);
  }

  private garbage(): Buffer {
    const length = 1 + Math.floor(this.random() * 260);
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.random() * 256);
    return out;
  }
}
