import { describe, expect, it } from "vitest";
import { mayReadComplainant, nameWithheld } from "./complainant-identity";

describe("nameWithheld", () => {
  it("holds only for a complaint whose complainant answered yes", () => {
    expect(nameWithheld({ kind: "complaint", answers: JSON.stringify({ keepNameFromDivision: true }) })).toBe(true);
    expect(nameWithheld({ kind: "complaint", answers: JSON.stringify({ keepNameFromDivision: false }) })).toBe(false);
    expect(nameWithheld({ kind: "complaint", answers: "{}" })).toBe(false);
    expect(nameWithheld({ kind: "service", answers: JSON.stringify({ keepNameFromDivision: true }) })).toBe(false);
  });

  it("protects the complainant when the answers cannot be read", () => {
    expect(nameWithheld({ kind: "complaint", answers: "{not json" })).toBe(true);
  });
});

describe("mayReadComplainant", () => {
  const unit = 1;
  const engineering = 3;

  it("follows the case-detail permission when the name is not withheld", () => {
    expect(mayReadComplainant({ mayView: true, withheld: false, staffDivisionIds: [engineering], complaintUnitId: unit })).toBe(true);
    expect(mayReadComplainant({ mayView: false, withheld: false, staffDivisionIds: [unit], complaintUnitId: unit })).toBe(false);
  });

  it("shows a withheld name to the complaint-handling unit only", () => {
    expect(mayReadComplainant({ mayView: true, withheld: true, staffDivisionIds: [unit, engineering], complaintUnitId: unit })).toBe(true);
    expect(mayReadComplainant({ mayView: true, withheld: true, staffDivisionIds: [engineering], complaintUnitId: unit })).toBe(false);
    // An administrator outside the unit (ADMIN may view every division) does not see it either.
    expect(mayReadComplainant({ mayView: true, withheld: true, staffDivisionIds: [], complaintUnitId: unit })).toBe(false);
    expect(mayReadComplainant({ mayView: true, withheld: true, staffDivisionIds: [unit], complaintUnitId: undefined })).toBe(false);
  });
});
