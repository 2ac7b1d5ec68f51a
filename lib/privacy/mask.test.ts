import { describe, expect, it } from "vitest";
import { fullName, maskCitizenId, maskName } from "./mask";

describe("maskCitizenId", () => {
  it("keeps the card's layout and hides the middle five digits", () => {
    expect(maskCitizenId("1101700207030")).toBe("1-1017-xxxxx-03-0");
  });
  it("never echoes something that is not a citizen ID", () => {
    expect(maskCitizenId("12345")).toBe("x-xxxx-xxxxx-xx-x");
    expect(maskCitizenId("110170020703a")).toBe("x-xxxx-xxxxx-xx-x");
  });
});

describe("maskName", () => {
  it("keeps the prefix and the first letter of the first and last names", () => {
    expect(maskName({ prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" })).toBe("นาย ส**** ใ***");
    expect(maskName({ prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" })).toBe("Mr. S****** J*****");
  });
  it("leaves the middle name out and hides short names with at least two stars", () => {
    expect(maskName({ prefix: "นางสาว", first: "ปิ่นแก้ว", middle: "เจ๊ะ", last: "ณ ลำพูนฯ" })).not.toContain("เจ๊ะ");
    expect(maskName({ prefix: "", first: "Bo", middle: "", last: "Li" })).toBe("B** L**");
  });
});

describe("fullName", () => {
  it("joins the parts that exist", () => {
    expect(fullName({ prefix: "นางสาว", first: "ปิ่นแก้ว", middle: "เจ๊ะ", last: "ณ ลำพูนฯ" })).toBe("นางสาว ปิ่นแก้ว เจ๊ะ ณ ลำพูนฯ");
    expect(fullName({ prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" })).toBe("นาย สมชาย ใจดี");
  });
});
