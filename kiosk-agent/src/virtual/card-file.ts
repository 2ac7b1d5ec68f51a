import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { FIELD, type FieldName } from "../card/layout.js";
import { encodeTis620 } from "../card/tis620.js";

/**
 * A virtual card file holds the fields as the chip stores them (raw strings: `#`-separated
 * names and address, Buddhist-era YYYYMMDD dates, gender "1"/"2"), so test cards can carry
 * exactly the oddities real cards have (00 day, 99999999, bad checksums, long addresses).
 */
export interface CardFile {
  description?: string;
  citizenId: string;
  nameTh: string;
  nameEn: string;
  birthDate: string;
  gender: string;
  address: string;
  issuer: string;
  issuerCode?: string;
  issueDate: string;
  expiryDate: string;
  cardType?: string;
  /** Path of a JPEG, relative to the card file. */
  photo?: string;
  underPhoto?: string;
  /** Filler for the disputed field at 0x00E2 (the agent must never read it). */
  unclear?: string;
}

const TEXT_FIELDS = [
  "citizenId", "nameTh", "nameEn", "birthDate", "gender", "address", "issuer",
  "issuerCode", "issueDate", "expiryDate", "cardType", "underPhoto", "unclear",
] as const satisfies readonly (FieldName & keyof CardFile)[];

const REQUIRED = ["citizenId", "nameTh", "nameEn", "birthDate", "gender", "address", "issuer", "issueDate", "expiryDate"] as const;

/** Size of the memory image: up to the end of the under-photo number. */
export const IMAGE_SIZE = FIELD.underPhoto.offset + FIELD.underPhoto.length;

export class CardFileError extends Error {
  override readonly name = "CardFileError";
}

export function parseCardFile(json: unknown): CardFile {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new CardFileError("A card file must hold a JSON object");
  }
  const record = json as Record<string, unknown>;
  for (const key of REQUIRED) {
    if (typeof record[key] !== "string") throw new CardFileError(`Card file field "${key}" must be a string`);
  }
  for (const key of [...TEXT_FIELDS, "photo", "description"]) {
    if (record[key] !== undefined && typeof record[key] !== "string") {
      throw new CardFileError(`Card file field "${key}" must be a string`);
    }
  }
  return record as unknown as CardFile;
}

/**
 * Lays the fields out as the chip memory: text fields TIS-620, space padded; the photo area
 * holds the JPEG followed by zero padding, as real cards leave it.
 */
export function buildCardImage(card: CardFile, photo?: Buffer): Buffer {
  const image = Buffer.alloc(IMAGE_SIZE, 0x20);
  image.write("0003", 0, "latin1");
  const filled: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {
    cardType: "01",
    issuerCode: "0000000000000",
    unclear: "0000000000000000000",
    underPhoto: "00000000000000",
    ...card,
  };
  for (const key of TEXT_FIELDS) {
    const value = filled[key];
    if (value === undefined) continue;
    const bytes = encodeField(key, value);
    bytes.copy(image, FIELD[key].offset);
  }
  image.fill(0x00, FIELD.photo.offset, FIELD.photo.offset + FIELD.photo.length);
  if (photo !== undefined) {
    if (photo.length > FIELD.photo.length) {
      throw new CardFileError(`The photo is ${photo.length} bytes; the card holds at most ${FIELD.photo.length}`);
    }
    photo.copy(image, FIELD.photo.offset);
  }
  return image;
}

function encodeField(key: (typeof TEXT_FIELDS)[number], value: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = encodeTis620(value);
  } catch (error) {
    throw new CardFileError(`Card file field "${key}": ${(error as Error).message}`);
  }
  const size = FIELD[key].length;
  if (bytes.length > size) {
    throw new CardFileError(`Card file field "${key}" is ${bytes.length} bytes; the card holds ${size}`);
  }
  return bytes;
}

export interface LoadedCard {
  /** Base name without .json, e.g. "ko-resident". */
  name: string;
  card: CardFile;
  image: Buffer;
}

export function loadCardFile(path: string): LoadedCard {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CardFileError(`Cannot read card file ${path}: ${(error as Error).message}`);
  }
  const card = parseCardFile(json);
  let photo: Buffer | undefined;
  if (card.photo !== undefined) {
    try {
      photo = readFileSync(resolve(dirname(path), card.photo));
    } catch (error) {
      throw new CardFileError(`Cannot read the photo of ${path}: ${(error as Error).message}`);
    }
  }
  const name = path.replace(/^.*[\\/]/u, "").replace(/\.json$/u, "");
  return { name, card, image: buildCardImage(card, photo) };
}
