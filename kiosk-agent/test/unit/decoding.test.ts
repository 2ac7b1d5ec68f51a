import { describe, expect, it } from "vitest";
import { decodeField, decodeTis620, encodeTis620 } from "../../src/card/tis620.js";
import { citizenIdCheckDigit, isValidCitizenId } from "../../src/card/citizen-id.js";
import { beDateToIso, parseExpiryDate } from "../../src/card/dates.js";
import { parseGender, parseName } from "../../src/card/names.js";
import { EXPECTED } from "../helpers/expected.js";

describe("TIS-620", () => {
  it("maps 0xA1..0xFB to U+0E01..U+0E5B and passes ASCII through", () => {
    expect(decodeTis620(Buffer.from([0xa1, 0xfb, 0x41, 0x20]))).toBe("\u0e01\u0e5bA ");
    expect(decodeTis620(Buffer.from([0xb9, 0xd2, 0xc2]))).toBe("นาย");
  });

  it("keeps tone marks and ฯ", () => {
    const text = "ปิ่นแก้ว เจ๊ะ ณ ลำพูนฯ ก๋วยเตี๋ยว";
    expect(decodeTis620(encodeTis620(text))).toBe(text);
  });

  it("replaces bytes outside TIS-620 instead of throwing", () => {
    expect(decodeTis620(Buffer.from([0x80, 0xa0, 0xfc, 0xff]))).toBe("\ufffd".repeat(4));
  });

  it("trims the space and NUL padding of a fixed-width field", () => {
    expect(decodeField(Buffer.from("AB  \u0000\u0000  ", "latin1"))).toBe("AB");
    expect(decodeField(Buffer.alloc(10, 0x20))).toBe("");
  });

  it("refuses to encode characters the card cannot hold", () => {
    expect(() => encodeTis620("café")).toThrow(RangeError);
  });
});

describe("citizen ID checksum", () => {
  it("accepts the issue's example and every sample card", () => {
    expect(isValidCitizenId("1101700207030")).toBe(true);
    for (const person of Object.values(EXPECTED)) expect(isValidCitizenId(person.citizenId)).toBe(true);
  });

  it("computes the check digit", () => {
    expect(citizenIdCheckDigit("110170020703")).toBe(0);
  });

  it("rejects every wrong check digit", () => {
    for (let digit = 1; digit <= 9; digit++) expect(isValidCitizenId(`110170020703${digit}`)).toBe(false);
  });

  it("catches typical typos (the weight-11 third digit is the scheme's known blind spot)", () => {
    const id = "1101700207030";
    let caught = 0;
    for (let position = 0; position < 12; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const changed = id.slice(0, position) + String(digit) + id.slice(position + 1);
        if (changed !== id && !isValidCitizenId(changed)) caught++;
      }
    }
    // 12 positions x 9 changes = 108; position 2 (weight 11) and a few mod-10 wraps slip through.
    expect(caught).toBeGreaterThan(90);
    expect(isValidCitizenId("1101700207130")).toBe(false);
  });

  it("rejects wrong lengths and non-digits", () => {
    for (const bad of ["", "110170020703", "11017002070300", "110170020703A", " 101700207030", "１101700207030"]) {
      expect(isValidCitizenId(bad)).toBe(false);
    }
  });
});

describe("Buddhist-era dates", () => {
  it("converts a full date (BE - 543)", () => {
    expect(beDateToIso("25230115")).toBe("1980-01-15");
    expect(beDateToIso("25670229")).toBe("2024-02-29");
  });

  it("returns year or year-month when day and/or month are 00", () => {
    expect(beDateToIso("24800000")).toBe("1937");
    expect(beDateToIso("25250900")).toBe("1982-09");
  });

  it("returns null for impossible dates instead of crashing", () => {
    for (const bad of ["25660229", "25231301", "25230132", "25230015", "2523011", "abcdefgh", "", "        ", "00000000"]) {
      expect(beDateToIso(bad), bad).toBeNull();
    }
  });

  it("treats 99999999 as a lifelong card", () => {
    expect(parseExpiryDate("99999999")).toEqual({ lifelong: true, date: null });
    expect(parseExpiryDate("25740114")).toEqual({ lifelong: false, date: "2031-01-14" });
    expect(parseExpiryDate("25740000")).toEqual({ lifelong: false, date: null });
  });
});

describe("names and gender", () => {
  it("splits prefix#first#middle#last and trims each part after splitting", () => {
    expect(parseName("นาย#สมชาย##ใจดี" + " ".repeat(40))).toEqual({ prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" });
    expect(parseName("Miss#Pinkaew #Jeh# Na Lamphun   ")).toEqual({ prefix: "Miss", first: "Pinkaew", middle: "Jeh", last: "Na Lamphun" });
  });

  it("keeps tone marks, ฯ and inner spaces of surnames", () => {
    expect(parseName("นางสาว#ปิ่นแก้ว#เจ๊ะ#ณ ลำพูนฯ")).toEqual({ prefix: "นางสาว", first: "ปิ่นแก้ว", middle: "เจ๊ะ", last: "ณ ลำพูนฯ" });
  });

  it("copes with missing or extra parts", () => {
    expect(parseName("")).toEqual({ prefix: "", first: "", middle: "", last: "" });
    expect(parseName("นาย#สมชาย#ใจดี")).toEqual({ prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" });
    expect(parseName("a#b#c#d#e").last).toBe("d e");
  });

  it("maps gender codes", () => {
    expect(parseGender("1")).toBe("male");
    expect(parseGender("2")).toBe("female");
    expect(parseGender("0")).toBe("unknown");
    expect(parseGender(" ")).toBe("unknown");
  });
});
