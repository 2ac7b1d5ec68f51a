import { describe, expect, it } from "vitest";
import { isComplete, summarise } from "./completeness";

describe("completeness", () => {
  it("counts a live item the system publishes as complete, an unknown live key as missing", () => {
    expect(isComplete({ key: "e-service", source: "live", divisionId: 1, evidenceCount: 0 }, 2570)).toBe(true);
    expect(isComplete({ key: "made-up", source: "live", divisionId: 1, evidenceCount: 0 }, 2570)).toBe(false);
  });

  it("needs at least one document or link for an evidence item", () => {
    expect(isComplete({ key: "budget-plan", source: "evidence", divisionId: 2, evidenceCount: 0 }, 2570)).toBe(false);
    expect(isComplete({ key: "budget-plan", source: "evidence", divisionId: 2, evidenceCount: 2 }, 2570)).toBe(true);
  });

  it("lists what is missing per division, in the list's order", () => {
    const summary = summarise(
      [
        { key: "e-service", source: "live", divisionId: 5, evidenceCount: 0 },
        { key: "budget-plan", source: "evidence", divisionId: 2, evidenceCount: 0 },
        { key: "hr-policy", source: "evidence", divisionId: 1, evidenceCount: 1 },
        { key: "procurement-plan", source: "evidence", divisionId: 2, evidenceCount: 0 },
      ],
      2570,
    );
    expect(summary.total).toBe(4);
    expect(summary.complete).toBe(2);
    expect([...summary.missingByDivision]).toEqual([[2, ["budget-plan", "procurement-plan"]]]);
  });
});
