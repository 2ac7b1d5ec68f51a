import { readBinary, selectApplet, swHex, variantForAtr, MAX_READ_LENGTH } from "./apdu.js";
import { decodeBlocks, decodeCitizenId } from "./decode.js";
import { CardError } from "./errors.js";
import { scanJpeg, trimJpeg } from "./jpeg.js";
import { ADDRESS_BLOCK, FIELD, ISSUE_BLOCK, PERSON_BLOCK, type Span } from "./layout.js";
import { T0Session, type Transmit } from "./t0.js";
import type { ThaiIdCardData } from "./types.js";

export interface ReadCardOptions {
  /** Also read the photo (about 40 more exchanges). */
  photo?: boolean;
  /** The card's ATR: cards starting `3B 67` want the other GET RESPONSE variant. */
  atr?: Buffer;
  /** Hard cap on exchanges; a sane card needs at most 49. */
  maxApdus?: number;
}

export interface ReadCardResult {
  data: ThaiIdCardData;
  /** Command APDUs sent. */
  apdus: number;
}

const DEFAULT_MAX_APDUS = 100;

/**
 * Reads a Thai national ID card through `transmit`. Resolves with the decoded data or rejects
 * with a CardError; never resolves with partial data. Reads in the fewest exchanges the card
 * allows: SELECT (its `61 xx` FCI is not needed), then three READs of contiguous fields, then
 * the photo in 255-byte chunks that stop at the JPEG's end.
 */
export async function readThaiIdCard(
  transmit: Transmit,
  options: ReadCardOptions = {},
): Promise<ReadCardResult> {
  const session = new T0Session(transmit, variantForAtr(options.atr), options.maxApdus ?? DEFAULT_MAX_APDUS);
  await selectThaiApplet(session);
  const person = await readSpan(session, PERSON_BLOCK);
  // Fail fast on a bad ID before spending exchanges on the rest.
  decodeCitizenId(person);
  const address = await readSpan(session, ADDRESS_BLOCK);
  const issue = await readSpan(session, ISSUE_BLOCK);
  const data = decodeBlocks({ person, address, issue });
  if (options.photo === true) {
    const photo = await readPhoto(session);
    data.photo = photo === null ? null : photo.toString("base64");
  }
  return { data, apdus: session.apdus };
}

async function selectThaiApplet(session: T0Session): Promise<void> {
  const { sw, sw1 } = await session.send(selectApplet());
  if (sw !== 0x9000 && sw1 !== 0x61) {
    throw new CardError("not-thai-id", `This is not a Thai national ID card (SELECT answered ${swHex(sw)})`);
  }
}

/** One READ of up to 255 bytes, with its GET RESPONSE exchanges. */
export async function readSpan(session: T0Session, span: Span): Promise<Buffer> {
  const response = await session.send(readBinary(span.offset, span.length));
  if (response.sw1 === 0x61) return session.fetch(response.sw2, span.length);
  // A T=1 path or a lenient card may answer with the data directly.
  if (response.sw === 0x9000 && response.data.length === span.length) return Buffer.from(response.data);
  throw new CardError("unreadable", `READ at ${span.offset.toString(16)} failed with status ${swHex(response.sw)}`);
}

/**
 * The photo area is 5118 bytes; reading stops as soon as the JPEG's end is known. Returns the
 * exact JPEG bytes, or null when the area holds no JPEG at all.
 */
async function readPhoto(session: T0Session): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let read = 0;
  while (read < FIELD.photo.length) {
    const length = Math.min(MAX_READ_LENGTH, FIELD.photo.length - read);
    chunks.push(await readSpan(session, { offset: FIELD.photo.offset + read, length }));
    read += length;
    const scan = scanJpeg(Buffer.concat(chunks));
    if (scan.state === "complete") return Buffer.from(Buffer.concat(chunks).subarray(0, scan.end));
    // No FF D8 at the start: the card carries no photo, so stop spending exchanges.
    if (scan.state === "invalid" && !(chunks[0]?.[0] === 0xff && chunks[0]?.[1] === 0xd8)) return null;
  }
  const trimmed = trimJpeg(Buffer.concat(chunks));
  return trimmed === null ? null : Buffer.from(trimmed);
}
