import { describe, expect, it } from "vitest";
import { auditFilterQuery, auditTimeRange, parseAuditFilter } from "./audit-log-filter";

const key = "A".repeat(43);

describe("audit log filters", () => {
  it("reads the page address, dropping anything malformed", () => {
    expect(parseAuditFilter({ user: " somchai ", pk: key, action: "request.viewed", from: "2026-05-01", to: "2026-05-31" })).toEqual({
      username: "somchai",
      personKey: key,
      action: "request.viewed",
      from: "2026-05-01",
      to: "2026-05-31",
    });
    expect(parseAuditFilter({ pk: "1101700207030", from: "2026-02-30", to: "yesterday", user: "" })).toEqual({});
  });

  it("swaps a reversed date range", () => {
    expect(parseAuditFilter({ from: "2026-06-01", to: "2026-05-01" })).toEqual({ from: "2026-05-01", to: "2026-06-01" });
  });

  it("round-trips through the query string", () => {
    const filter = { username: "admin", personKey: key, action: "audit.exported", from: "2026-01-01", to: "2026-01-31" };
    const query = auditFilterQuery(filter, 3);
    expect(parseAuditFilter(new URLSearchParams(query.slice(1)))).toEqual(filter);
    expect(query).toContain("page=3");
    expect(auditFilterQuery({})).toBe("");
  });

  it("bounds whole Bangkok days (UTC+7)", () => {
    const range = auditTimeRange({ from: "2026-05-01", to: "2026-05-01" });
    expect(range.gte?.toISOString()).toBe("2026-04-30T17:00:00.000Z");
    expect(range.lt?.toISOString()).toBe("2026-05-01T17:00:00.000Z");
  });
});
