import { describe, expect, it } from "vitest";
import { parseRequestQuery } from "./request-query";

const NOW = new Date("2026-12-07T03:00:00Z");
const parse = (query: string) => parseRequestQuery(new URLSearchParams(query), NOW);
const DAY = 86_400_000;

describe("GET /requests parameters", () => {
  it("default to the last 90 days, any service and status", () => {
    expect(parse("")).toEqual({ ok: true, query: { kind: "range", serviceCodes: null, start: new Date(NOW.getTime() - 90 * DAY), end: NOW, statuses: null } });
  });

  it("take 90 days from a start date alone, never past now", () => {
    const result = parse("start_date=2026-11-01T00:00:00%2B07:00");
    expect(result.ok && result.query.kind === "range" && [result.query.start.toISOString(), result.query.end.toISOString()]).toEqual(["2026-10-31T17:00:00.000Z", NOW.toISOString()]);
    const early = parse("start_date=2026-01-01T00:00:00Z");
    expect(early.ok && early.query.kind === "range" && early.query.end.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("let service_request_id override everything else", () => {
    expect(parse("service_request_id=KO2570-000001,%20KO2570-000002&status=bogus")).toEqual({ ok: true, query: { kind: "ids", ids: ["KO2570-000001", "KO2570-000002"] } });
  });

  it("accept exactly 90 days and refuse one second more", () => {
    expect(parse("start_date=2026-09-01T00:00:00Z&end_date=2026-11-30T00:00:00Z").ok).toBe(true);
    expect(parse("start_date=2026-09-01T00:00:00Z&end_date=2026-11-30T00:00:01Z")).toEqual({ ok: false, description: "The date range may not be longer than 90 days" });
  });

  it("read statuses and service codes as comma lists", () => {
    const result = parse("status=open,closed&service_code=TREE_CUTTING,PUBLIC_INFRASTRUCTURE_REPAIR");
    expect(result.ok && result.query.kind === "range" && [result.query.statuses, result.query.serviceCodes]).toEqual([["open", "closed"], ["TREE_CUTTING", "PUBLIC_INFRASTRUCTURE_REPAIR"]]);
  });

  it("refuse dates without a time zone, and too many ids", () => {
    expect(parse("end_date=2026-12-01T00:00:00").ok).toBe(false);
    expect(parse(`service_request_id=${Array.from({ length: 101 }, (_, i) => `KO2570-${i}`).join(",")}`).ok).toBe(false);
  });
});
