import { describe, expect, it } from "vitest";
import { chooseReport, chooseReportScope } from "./choose-report";

const divisions = [
  { id: 1, code: "PALAD", nameTh: "สำนักปลัด", nameEn: "Office of the Permanent Secretary" },
  { id: 3, code: "ENGINEERING", nameTh: "กองช่าง", nameEn: "Engineering Division" },
  { id: 4, code: "WELFARE", nameTh: "กองสวัสดิการสังคม", nameEn: "Social Welfare Division" },
];
const november2026 = new Date("2026-11-24T03:00:00Z"); // fiscal year 2570

describe("chooseReport", () => {
  it("gives a head their own division for the current fiscal year", () => {
    const choice = chooseReport({ id: 1, role: "HEAD", divisionIds: [3] }, divisions, {}, november2026);
    expect(choice).toMatchObject({ division: { code: "ENGINEERING" }, fiscalYear: 2570 });
    expect(choice!.divisions.map((d) => d.code)).toEqual(["ENGINEERING"]);
  });

  it("gives a head of two divisions the first by default and either on request", () => {
    const head = { id: 1, role: "HEAD" as const, divisionIds: [4, 3] };
    expect(chooseReport(head, divisions, {}, november2026)!.division.code).toBe("ENGINEERING");
    expect(chooseReport(head, divisions, { division: "WELFARE" }, november2026)!.division.code).toBe("WELFARE");
    expect(chooseReport(head, divisions, {}, november2026)!.divisions.map((d) => d.code)).toEqual(["ENGINEERING", "WELFARE"]);
  });

  it("refuses a head another division's report instead of showing their own", () => {
    expect(chooseReport({ id: 1, role: "HEAD", divisionIds: [3] }, divisions, { division: "WELFARE" }, november2026)).toBeNull();
  });

  it("gives officers and counter staff no report", () => {
    expect(chooseReport({ id: 1, role: "OFFICER", divisionIds: [3] }, divisions, {}, november2026)).toBeNull();
    expect(chooseReport({ id: 1, role: "COUNTER", divisionIds: [3] }, divisions, { division: "ENGINEERING" }, november2026)).toBeNull();
  });

  it("lets an administrator choose any division and year", () => {
    const choice = chooseReport({ id: 1, role: "ADMIN", divisionIds: [] }, divisions, { division: "WELFARE", year: 2569 }, november2026);
    expect(choice).toMatchObject({ division: { code: "WELFARE" }, fiscalYear: 2569 });
    expect(choice!.divisions).toHaveLength(3);
  });
});

describe("chooseReportScope", () => {
  it("gives an administrator the municipality's total across every division", () => {
    const scope = chooseReportScope({ id: 1, role: "ADMIN", divisionIds: [] }, divisions, { division: "all" }, november2026);
    expect(scope).toMatchObject({ key: "all", combined: true, municipality: true, fiscalYear: 2570 });
    expect(scope!.included.map((d) => d.code)).toEqual(["PALAD", "ENGINEERING", "WELFARE"]);
  });

  it("gives a head of two divisions the sum of those two only", () => {
    const scope = chooseReportScope({ id: 1, role: "HEAD", divisionIds: [4, 3] }, divisions, { division: "all" }, november2026);
    expect(scope).toMatchObject({ key: "all", combined: true, municipality: false });
    expect(scope!.included.map((d) => d.code)).toEqual(["ENGINEERING", "WELFARE"]);
  });

  it("has no total for a head of one division, nor for officers", () => {
    expect(chooseReportScope({ id: 1, role: "HEAD", divisionIds: [3] }, divisions, { division: "all" }, november2026)).toBeNull();
    expect(chooseReportScope({ id: 1, role: "OFFICER", divisionIds: [3, 4] }, divisions, { division: "all" }, november2026)).toBeNull();
  });

  it("still gives one division's report for its code", () => {
    expect(chooseReportScope({ id: 1, role: "HEAD", divisionIds: [3] }, divisions, {}, november2026)).toMatchObject({ key: "ENGINEERING", combined: false });
  });
});
