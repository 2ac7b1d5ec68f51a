import { describe, expect, it } from "vitest";
import { bangkokDate } from "./dates";
import { fiscalYearOf, fiscalYearRange } from "./fiscal-year";

describe("fiscal year", () => {
  it("starts on 1 October and is named after the Buddhist year it ends in", () => {
    expect(fiscalYearOf("2026-09-30")).toBe(2569);
    expect(fiscalYearOf("2026-10-01")).toBe(2570);
    expect(fiscalYearOf("2026-11-24")).toBe(2570);
    expect(fiscalYearOf("2027-09-30")).toBe(2570);
  });

  it("has a range from 1 October to 30 September", () => {
    expect(fiscalYearRange(2570)).toEqual({ start: "2026-10-01", end: "2027-09-30" });
  });
});

describe("bangkokDate", () => {
  it("uses Thai time (UTC+7): 17:00 UTC is already the next day in Ko", () => {
    expect(bangkokDate(new Date("2026-09-30T16:59:59Z"))).toBe("2026-09-30");
    expect(bangkokDate(new Date("2026-09-30T17:00:00Z"))).toBe("2026-10-01");
  });
});
