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

describe("fill with an ICU plural", () => {
  const days = "About {days, plural, =0 {the same day} one {# working day} other {# working days}}";
  it("says one working day, two working days, and the exact branch first", () => {
    expect(fill(days, { days: 1 })).toBe("About 1 working day");
    expect(fill(days, { days: 2 })).toBe("About 2 working days");
    expect(fill(days, { days: 0 })).toBe("About the same day");
  });
  it("uses other where a language has only other, with placeholders inside branches", () => {
    expect(fill("{date} (ภายใน {days, plural, other {# วันทำการ}})", { date: "8 ธันวาคม 2569", days: 1 })).toBe("8 ธันวาคม 2569 (ภายใน 1 วันทำการ)");
    expect(fill("{n, plural, one {# item for {who}} other {# items for {who}}}", { n: 1, who: "Ko" })).toBe("1 item for Ko");
  });
  it("leaves a plural with no value as written", () => {
    expect(fill("{days, plural, other {# days}}")).toBe("{days, plural, other {# days}}");
  });
});
