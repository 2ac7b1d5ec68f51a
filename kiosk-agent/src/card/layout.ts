/**
 * Memory map of the Thai ID applet and the read plan built on it.
 *
 * The plan reads contiguous fields together (fewer exchanges is the main lever on read time)
 * and deliberately leaves out the disputed 20-byte field at 0x00E2, the 4-byte card info at
 * 0x0000, the under-photo number and anything of the laser-ID applet.
 */
export interface Span {
  offset: number;
  length: number;
}

export const FIELD = {
  citizenId: { offset: 0x0004, length: 13 },
  nameTh: { offset: 0x0011, length: 100 },
  nameEn: { offset: 0x0075, length: 100 },
  birthDate: { offset: 0x00d9, length: 8 },
  gender: { offset: 0x00e1, length: 1 },
  /** Never read: meaning disputed. Kept here so tests can prove no read touches it. */
  unclear: { offset: 0x00e2, length: 20 },
  issuer: { offset: 0x00f6, length: 100 },
  issuerCode: { offset: 0x015a, length: 13 },
  issueDate: { offset: 0x0167, length: 8 },
  expiryDate: { offset: 0x016f, length: 8 },
  cardType: { offset: 0x0177, length: 2 },
  photo: { offset: 0x017b, length: 5118 },
  address: { offset: 0x1579, length: 160 },
  underPhoto: { offset: 0x1619, length: 14 },
} as const satisfies Record<string, Span>;

export type FieldName = keyof typeof FIELD;

function spanning(first: Span, last: Span): Span {
  return { offset: first.offset, length: last.offset + last.length - first.offset };
}

/** Citizen ID, both names, birth date and gender: 0x0004..0x00E1, 222 bytes, one READ. */
export const PERSON_BLOCK = spanning(FIELD.citizenId, FIELD.gender);
/** Issuer, issuer code, issue and expiry dates, card type: 0x00F6..0x0178, 131 bytes. */
export const ISSUE_BLOCK = spanning(FIELD.issuer, FIELD.cardType);
/** The whole 160-byte address (most public readers truncate it at 100). */
export const ADDRESS_BLOCK: Span = FIELD.address;

/** Text-only reads in order: the kiosk needs the name first. */
export const TEXT_READS: readonly Span[] = [PERSON_BLOCK, ADDRESS_BLOCK, ISSUE_BLOCK];

/** Where `field` lies inside `block`, for slicing a block read. */
export function sliceField(block: Buffer, blockSpan: Span, field: Span): Buffer {
  const start = field.offset - blockSpan.offset;
  return block.subarray(start, start + field.length);
}

/** True when two spans share at least one byte. */
export function overlaps(a: Span, b: Span): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
