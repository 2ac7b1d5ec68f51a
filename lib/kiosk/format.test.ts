import { describe, expect, it } from "vitest";
import { fill, formatCalendarDate, formatInstant } from "./format";

describe("formatCalendarDate", () => {
  it("writes Thai dates in the Buddhist era and English dates day first", () => {
    expect(formatCalendarDate("2027-01-15", "th")).toBe("15 มกราคม 2570");
    expect(formatCalendarDate("2027-01-15", "en")).toBe("15 January 2027");
  });
  it("formats the partial birth dates a card may hold", () => {
    expect(formatCalendarDate("1982-09", "th")).toBe("กันยายน 2525");
    expect(formatCalendarDate("1940", "en")).toBe("1940");
    expect(formatCalendarDate("1940", "th")).toBe("พ.ศ. 2483");
  });
  it("never moves a date by a time zone", () => {
    expect(formatCalendarDate("2026-12-31", "en")).toBe("31 December 2026");
  });
  it("returns what it cannot read unchanged", () => {
    expect(formatCalendarDate("soon", "th")).toBe("soon");
  });
});

describe("formatInstant", () => {
  it("shows the time in Ko (UTC+7)", () => {
    expect(formatInstant("2026-01-31T08:15:30.123Z", "en")).toBe("31 January 2026 at 15:15");
    expect(formatInstant("2026-01-31T08:15:30.123Z", "th")).toContain("2569");
  });
});

describe("fill", () => {
  it("replaces known placeholders and leaves others", () => {
    expect(fill("{n} วันทำการ {x}", { n: 15 })).toBe("15 วันทำการ {x}");
  });
});
