/** The data a read returns. Field names and shapes are the CLI/JSON contract of issue 3. */
export interface PersonName {
  prefix: string;
  first: string;
  middle: string;
  last: string;
}

export interface Address {
  houseNo: string;
  moo: string;
  /** Keeps its ตรอก/ซอย word as printed. */
  lane: string;
  road: string;
  subdistrict: string;
  district: string;
  province: string;
  /** The non-empty parts as printed, joined by single spaces. */
  text: string;
}

export type Gender = "male" | "female" | "unknown";

export interface ThaiIdCardData {
  citizenId: string;
  nameTh: PersonName;
  nameEn: PersonName;
  /** Gregorian "YYYY-MM-DD", or "YYYY" / "YYYY-MM" when the card has 00 day/month. */
  birthDate: string | null;
  gender: Gender;
  address: Address;
  issuer: string;
  issueDate: string | null;
  /** null for a lifelong card (99999999). */
  expiryDate: string | null;
  /** Base64 JPEG (FF D8 .. final FF D9), only when the photo was asked for; null if absent. */
  photo?: string | null;
}

export interface CardReadMeta {
  reader: string;
  /** Hex, upper case, no spaces. */
  atr: string;
  /** Command APDUs sent, GET RESPONSE included. */
  apdus: number;
  /** Milliseconds from connecting to the card to having the data. */
  ms: number;
}

/** What the CLI prints and the WebSocket `card-read` message carries as `data`. */
export interface CardRead extends ThaiIdCardData {
  meta: CardReadMeta;
}
