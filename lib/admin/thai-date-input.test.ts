import { describe, expect, it } from "vitest";
import { dateFromParts, partsOfDate, yearChoices } from "./thai-date-input";

describe("Thai date input (day / month / Buddhist-era year)", () => {
  it("reads day, month and a Buddhist-era year as a calendar date", () => {
    expect(dateFromParts({ day: "1", month: "5", year: "2569" })).toEqual({ ok: true, date: "2026-05-01" });
    expect(dateFromParts({ day: "29", month: "2", year: "2567" })).toEqual({ ok: true, date: "2024-02-29" });
  });

  it("treats three empty parts as no date, and some empty as incomplete", () => {
    expect(dateFromParts({ day: "", month: "", year: "" })).toEqual({ ok: true, date: undefined });
    expect(dateFromParts({ day: "1", month: "", year: "2569" })).toEqual({ ok: false, code: "dateIncomplete" });
  });

  it("refuses a day the month does not have, and anything that is not a number", () => {
    expect(dateFromParts({ day: "31", month: "4", year: "2569" })).toEqual({ ok: false, code: "dateInvalid" });
    expect(dateFromParts({ day: "29", month: "2", year: "2569" })).toEqual({ ok: false, code: "dateInvalid" });
    expect(dateFromParts({ day: "1", month: "13", year: "2569" })).toEqual({ ok: false, code: "dateInvalid" });
    expect(dateFromParts({ day: "x", month: "1", year: "2569" })).toEqual({ ok: false, code: "dateInvalid" });
    // A Gregorian year in the year box is not silently read 543 years early.
    expect(dateFromParts({ day: "1", month: "1", year: "2026" })).toEqual({ ok: false, code: "dateInvalid" });
  });

  it("shows a date back as its parts, with the Buddhist-era year", () => {
    expect(partsOfDate("2026-05-01")).toEqual({ day: "1", month: "5", year: "2569" });
    expect(partsOfDate(undefined)).toEqual({ day: "", month: "", year: "" });
    const parts = partsOfDate("2026-12-31");
    expect(dateFromParts(parts)).toEqual({ ok: true, date: "2026-12-31" });
  });

  it("offers this year and at least five before it, newest first", () => {
    expect(yearChoices("2026-12-06")).toEqual([2569, 2568, 2567, 2566, 2565, 2564]);
    expect(yearChoices("2026-12-06", "2018-03-01")[8]).toBe(2561);
  });
});
