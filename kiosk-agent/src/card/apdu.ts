/**
 * Command APDUs of the Thai ID applet. Pure byte building and parsing, no I/O.
 * The protocol facts come from ../shared/reference/thai-id-card.md (community protocol).
 */

/** SELECT by AID of the personal-data applet A0 00 00 00 54 48 00 01. */
export const THAI_ID_AID = Buffer.from("A000000054480001", "hex");

/** Real cards refuse READ lengths above one short Le byte. */
export const MAX_READ_LENGTH = 0xff;

export function selectApplet(aid: Buffer = THAI_ID_AID): Buffer {
  if (aid.length < 1 || aid.length > 16) throw new RangeError("AID must be 1..16 bytes");
  return Buffer.concat([Buffer.from([0x00, 0xa4, 0x04, 0x00, aid.length]), aid]);
}

/**
 * READ of the Thai applet: `80 B0 P1 P2 02 00 LL`. The length travels in the data field
 * (not in Le), which is why the card answers `61 LL` and a GET RESPONSE must follow.
 */
export function readBinary(offset: number, length: number): Buffer {
  if (!Number.isInteger(offset) || offset < 0 || offset > 0xffff) {
    throw new RangeError(`offset out of range: ${offset}`);
  }
  if (!Number.isInteger(length) || length < 1 || length > MAX_READ_LENGTH) {
    throw new RangeError(`length out of range: ${length}`);
  }
  return Buffer.from([0x80, 0xb0, offset >> 8, offset & 0xff, 0x02, 0x00, length]);
}

/**
 * GET RESPONSE. Variant 1 (`00 C0 00 01 Le`) is what cards whose ATR starts `3B 67` expect;
 * everything else takes variant 0. Le 0 means 256 bytes in T=0.
 */
export type GetResponseVariant = 0 | 1;

export function getResponse(variant: GetResponseVariant, le: number): Buffer {
  if (!Number.isInteger(le) || le < 0 || le > 0xff) throw new RangeError(`Le out of range: ${le}`);
  return Buffer.from([0x00, 0xc0, 0x00, variant, le]);
}

export function variantForAtr(atr: Buffer | undefined): GetResponseVariant {
  return atr !== undefined && atr.length >= 2 && atr[0] === 0x3b && atr[1] === 0x67 ? 1 : 0;
}

export interface ResponseApdu {
  data: Buffer;
  sw1: number;
  sw2: number;
  /** sw1 << 8 | sw2, handy for comparisons such as `sw === 0x9000`. */
  sw: number;
}

/** Splits a response into data and status word; `undefined` when it is too short to have one. */
export function parseResponse(response: Buffer): ResponseApdu | undefined {
  if (response.length < 2) return undefined;
  const sw1 = response[response.length - 2] as number;
  const sw2 = response[response.length - 1] as number;
  return { data: response.subarray(0, response.length - 2), sw1, sw2, sw: (sw1 << 8) | sw2 };
}

export function hex(bytes: Buffer): string {
  return bytes.toString("hex").toUpperCase();
}

export function swHex(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, "0");
}
