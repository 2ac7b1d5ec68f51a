import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvLine, toCsv } from "./csv";

describe("CSV for Excel", () => {
  it("starts with a UTF-8 byte order mark so Excel reads Thai", () => {
    const file = toCsv([["ชื่อ", "สำนักปลัด"]]);
    expect(file.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(file, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file).toBe("\uFEFFชื่อ,สำนักปลัด\r\n");
  });

  it("ends every line with CRLF (RFC 4180)", () => {
    expect(toCsv([["a"], ["b"]])).toBe("\uFEFFa\r\nb\r\n");
  });

  it("quotes fields holding commas, quotes, CR or LF, doubling inner quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(csvCell('{"changed":{"nameEn":"x"}}')).toBe('"{""changed"":{""nameEn"":""x""}}"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("writes empty cells for null and undefined, and numbers and booleans as text", () => {
    expect(csvLine([null, undefined, 0, 12, true])).toBe(",,0,12,true\r\n");
  });

  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "\"'\r=1\""],
  ])("defuses a formula: %j -> %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves text that merely contains those characters alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("service.updated")).toBe("service.updated");
    expect(csvCell("user@example")).toBe("user@example");
  });
});
