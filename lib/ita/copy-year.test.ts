import { describe, expect, it } from "vitest";
import { planYearCopy, type ItemTemplate } from "./copy-year";

const template = (key: string, number: number): ItemTemplate => ({ key, number, titleTh: `ท ${key}`, titleEn: `T ${key}`, checksTh: "", checksEn: "", divisionId: 1, source: "evidence" });

describe("planYearCopy", () => {
  it("copies keys, numbers and texts into the new year, skipping keys it already has", () => {
    const rows = planYearCopy([template("e-service", 14), template("budget-plan", 10)], new Set(["budget-plan"]), 2571);
    expect(rows).toEqual([{ ...template("e-service", 14), fiscalYear: 2571 }]);
  });

  it("copying into a year that has everything adds nothing", () => {
    expect(planYearCopy([template("a", 1)], new Set(["a"]), 2571)).toEqual([]);
  });
});
