import { parseAddress } from "./address.js";
import { isValidCitizenId } from "./citizen-id.js";
import { beDateToIso, parseExpiryDate } from "./dates.js";
import { CardError } from "./errors.js";
import { ADDRESS_BLOCK, FIELD, ISSUE_BLOCK, PERSON_BLOCK, sliceField } from "./layout.js";
import { parseGender, parseName } from "./names.js";
import { decodeField } from "./tis620.js";
import type { ThaiIdCardData } from "./types.js";

/** Raw blocks as read from the chip, in the shapes of the read plan. */
export interface RawBlocks {
  person: Buffer;
  address: Buffer;
  issue: Buffer;
}

/**
 * The citizen ID is what the server files requests under, so it must be exactly right:
 * anything but 13 digits with a valid checksum is an error, never data.
 */
export function decodeCitizenId(person: Buffer): string {
  const id = decodeField(sliceField(person, PERSON_BLOCK, FIELD.citizenId));
  if (!/^\d{13}$/.test(id)) {
    throw new CardError("unreadable", "The citizen ID field does not hold 13 digits");
  }
  if (!isValidCitizenId(id)) {
    throw new CardError("invalid-citizen-id", "The citizen ID on the card fails its checksum");
  }
  return id;
}

export function decodeBlocks(raw: RawBlocks): ThaiIdCardData {
  const person = (field: { offset: number; length: number }) =>
    decodeField(sliceField(raw.person, PERSON_BLOCK, field));
  const issue = (field: { offset: number; length: number }) =>
    decodeField(sliceField(raw.issue, ISSUE_BLOCK, field));

  return {
    citizenId: decodeCitizenId(raw.person),
    nameTh: parseName(person(FIELD.nameTh)),
    nameEn: parseName(person(FIELD.nameEn)),
    birthDate: beDateToIso(person(FIELD.birthDate)),
    gender: parseGender(person(FIELD.gender)),
    address: parseAddress(decodeField(sliceField(raw.address, ADDRESS_BLOCK, FIELD.address))),
    issuer: issue(FIELD.issuer),
    issueDate: fullDateOrNull(beDateToIso(issue(FIELD.issueDate))),
    expiryDate: parseExpiryDate(issue(FIELD.expiryDate)).date,
  };
}

function fullDateOrNull(date: string | null): string | null {
  return date !== null && date.length === 10 ? date : null;
}
