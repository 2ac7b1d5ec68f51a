import { describe, expect, it } from "vitest";
import { getResponse, parseResponse, readBinary, selectApplet, variantForAtr } from "../../src/card/apdu.js";
import { FIELD, ISSUE_BLOCK, PERSON_BLOCK, TEXT_READS, overlaps } from "../../src/card/layout.js";

const hex = (buffer: Buffer) => buffer.toString("hex").toUpperCase();

describe("APDU building", () => {
  it("selects the Thai ID applet", () => {
    expect(hex(selectApplet())).toBe("00A4040008A000000054480001");
  });

  it("builds READ as 80 B0 P1 P2 02 00 LL", () => {
    expect(hex(readBinary(0x0004, 0xde))).toBe("80B000040200DE");
    expect(hex(readBinary(0x1579, 0xa0))).toBe("80B015790200A0");
    expect(hex(readBinary(0x017b, 0xff))).toBe("80B0017B0200FF");
  });

  it("refuses lengths real cards do not accept and offsets out of range", () => {
    expect(() => readBinary(0, 0)).toThrow(RangeError);
    expect(() => readBinary(0, 0x100)).toThrow(RangeError);
    expect(() => readBinary(-1, 1)).toThrow(RangeError);
    expect(() => readBinary(0x10000, 1)).toThrow(RangeError);
  });

  it("builds both GET RESPONSE variants and picks one from the ATR", () => {
    expect(hex(getResponse(0, 0xde))).toBe("00C00000DE");
    expect(hex(getResponse(1, 0xde))).toBe("00C00001DE");
    expect(variantForAtr(Buffer.from("3B6700005448204E494431", "hex"))).toBe(1);
    expect(variantForAtr(Buffer.from("3B6800005448204E49442036", "hex"))).toBe(0);
    expect(variantForAtr(Buffer.from("3B79960000", "hex"))).toBe(0);
    expect(variantForAtr(undefined)).toBe(0);
  });

  it("parses status words and rejects responses without one", () => {
    expect(parseResponse(Buffer.from([0x01, 0x90, 0x00]))).toMatchObject({ sw: 0x9000, sw1: 0x90, sw2: 0x00 });
    expect(parseResponse(Buffer.from([0x61]))).toBeUndefined();
    expect(parseResponse(Buffer.alloc(0))).toBeUndefined();
  });
});

describe("read plan", () => {
  it("reads ID, names, birth date and gender in one READ ending at 0x00E1", () => {
    expect(PERSON_BLOCK).toEqual({ offset: 0x0004, length: 0xde });
    expect(ISSUE_BLOCK).toEqual({ offset: 0x00f6, length: 0x83 });
  });

  it("never touches the 0x00E2 field, the card info or the under-photo number", () => {
    for (const span of TEXT_READS) {
      expect(span.length).toBeLessThanOrEqual(0xff);
      expect(overlaps(span, FIELD.unclear)).toBe(false);
      expect(overlaps(span, FIELD.underPhoto)).toBe(false);
      expect(overlaps(span, { offset: 0, length: 4 })).toBe(false);
    }
  });
});
