import { describe, expect, it } from "vitest";
import { parseReportQuery } from "./report-query";

describe("parseReportQuery", () => {
  it("reads a division code and a Buddhist fiscal year", () => {
    expect(parseReportQuery({ division: "ENGINEERING", year: "2570" })).toEqual({ division: "ENGINEERING", year: 2570 });
    expect(parseReportQuery(new URLSearchParams("division=WELFARE&year=2569"))).toEqual({ division: "WELFARE", year: 2569 });
    expect(parseReportQuery({ division: "all" })).toEqual({ division: "all", year: undefined });
  });

  it("falls back to the defaults for anything malformed, rather than failing the page", () => {
    expect(parseReportQuery({ division: "<script>", year: "2026" })).toEqual({ division: undefined, year: undefined });
    expect(parseReportQuery({ year: "" })).toEqual({ division: undefined, year: undefined });
    expect(parseReportQuery({ division: ["PALAD", "WELFARE"], year: "25.5" })).toEqual({ division: "PALAD", year: undefined });
  });
});
