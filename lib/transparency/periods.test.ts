import { describe, expect, it } from "vitest";
import { outcomeCells } from "./integrity-figures";
import { fiscalYearMonths, halfOfQuarter, monthOf, quarterOfMonth } from "./periods";

describe("the parts of a fiscal year", () => {
  it("start the first quarter and half on 1 October", () => {
    const months = fiscalYearMonths(2570);
    expect(months[0]).toBe("2026-10");
    expect(months.map(quarterOfMonth)).toEqual(["Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4", "Q4", "Q4"]);
    expect(months.map((m) => halfOfQuarter(quarterOfMonth(m)))).toEqual([...Array(6).fill("H1"), ...Array(6).fill("H2")]);
  });

  it("take the month in Ko's time, not UTC", () => {
    expect(monthOf(new Date("2026-09-30T17:30:00Z"))).toBe("2026-10");
    expect(monthOf(new Date("2026-09-30T16:59:59Z"))).toBe("2026-09");
  });
});

describe("corruption-report outcomes", () => {
  const closed = (outcome: string, n: number) => Array.from({ length: n }, () => ({ month: "2026-11", status: "closed", outcome, firstResponseDays: null }));

  it("show cells of 3 or more, and zeros", () => {
    expect(outcomeCells([...closed("substantiated", 3), ...closed("unsubstantiated", 4)], 2570)).toEqual({
      substantiated: { shown: true, count: 3 }, unsubstantiated: { shown: true, count: 4 }, referred_elsewhere: { shown: true, count: 0 }, withdrawn: { shown: true, count: 0 },
    });
  });

  it("hide two small cells that together make 3 or more, and nothing else", () => {
    const cells = outcomeCells([...closed("substantiated", 2), ...closed("withdrawn", 1), ...closed("unsubstantiated", 5)], 2570);
    expect([cells.substantiated.shown, cells.withdrawn.shown, cells.unsubstantiated.shown]).toEqual([false, false, true]);
  });

  it("hide one more when the hidden ones alone could be worked out from the total", () => {
    const cells = outcomeCells([...closed("withdrawn", 1), ...closed("unsubstantiated", 5), ...closed("substantiated", 4)], 2570);
    expect([cells.withdrawn.shown, cells.substantiated.shown, cells.unsubstantiated.shown]).toEqual([false, false, true]);
  });
});
