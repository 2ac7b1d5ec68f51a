import { describe, expect, it } from "vitest";
import { parseAddress } from "../../src/card/address.js";
import { encodeTis620 } from "../../src/card/tis620.js";

describe("parseAddress", () => {
  it("splits the Ko address and drops the Thai prefixes", () => {
    expect(parseAddress("99/1#หมู่ที่ 3####ตำบลก้อ#อำเภอลี้#จังหวัดลำพูน")).toEqual({
      houseNo: "99/1", moo: "3", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน",
      text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    });
  });

  it("handles Bangkok: แขวง/เขต and no จังหวัด on the province", () => {
    const address = parseAddress("55/12##ซอยพหลโยธิน 24#ถนนพหลโยธิน##แขวงจอมพล#เขตจตุจักร#กรุงเทพมหานคร");
    expect(address).toMatchObject({ subdistrict: "จอมพล", district: "จตุจักร", province: "กรุงเทพมหานคร", road: "พหลโยธิน" });
  });

  it("strips prefixes by word, whatever their length", () => {
    // เขต is 3 characters, อำเภอ 5, กิ่งอำเภอ 9: a fixed cut would eat or leave letters.
    expect(parseAddress("1#####ตำบลแม่ลาน#กิ่งอำเภอแม่ลาน#จังหวัดปัตตานี").district).toBe("แม่ลาน");
    expect(parseAddress("1#####แขวงบางรัก#เขตบางรัก#กรุงเทพมหานคร").district).toBe("บางรัก");
    // A name that merely starts like no prefix stays whole.
    expect(parseAddress("1#####ตำบลตลาด#อำเภอเมืองมหาสารคาม#จังหวัดมหาสารคาม").subdistrict).toBe("ตลาด");
  });

  it("keeps ซอย/ตรอก in the lane as printed", () => {
    expect(parseAddress("1##ซอยสุขุมวิท 71####ตำบลก้อ#อำเภอลี้#จังหวัดลำพูน").lane).toBe("ซอยสุขุมวิท 71");
    expect(parseAddress("1##ตรอกข้าวสาร####ตำบลก้อ#อำเภอลี้#จังหวัดลำพูน").lane).toBe("ตรอกข้าวสาร");
  });

  it("keeps a long address (over 100 bytes) whole", () => {
    const raw = "123/456#หมู่ที่ 12#ตรอกวัดพระธาตุหริภุญชัย ซอยเจริญราษฎร์ 7#ถนนอินทยงยศ#หมู่บ้านสวนลำไยทอง#ตำบลในเมือง#อำเภอเมืองลำพูน#จังหวัดลำพูน";
    expect(encodeTis620(raw).length).toBeGreaterThan(100);
    const address = parseAddress(raw);
    expect(address.province).toBe("ลำพูน");
    expect(address.text).toContain("หมู่บ้านสวนลำไยทอง");
    expect(address.text.endsWith("จังหวัดลำพูน")).toBe(true);
  });

  it("joins non-empty parts with single spaces in text", () => {
    expect(parseAddress("  9 #  หมู่ที่  4 ##  ####").text).toBe("9 หมู่ที่ 4");
  });

  it("falls back to prefix words when the card does not have 8 parts", () => {
    expect(parseAddress("9/9#หมู่ที่ 2#ตำบลก้อ#อำเภอลี้#จังหวัดลำพูน")).toEqual({
      houseNo: "9/9", moo: "2", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน",
      text: "9/9 หมู่ที่ 2 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    });
    expect(parseAddress("10#แขวงจอมพล#เขตจตุจักร#กรุงเทพมหานคร").province).toBe("กรุงเทพมหานคร");
  });

  it("never throws on odd input", () => {
    for (const raw of ["", "#", "########", "#".repeat(40), "ตำบล", "\ufffd\ufffd"]) {
      expect(() => parseAddress(raw)).not.toThrow();
    }
  });
});
