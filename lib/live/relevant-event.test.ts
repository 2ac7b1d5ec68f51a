import { describe, expect, it } from "vitest";
import type { LiveEvent } from "@/lib/events/bus";
import { isRelevantEvent } from "./relevant-event";

const filed: LiveEvent = { type: "request.filed", divisionId: 3, reference: "KO-2570-000001" };
const moved: LiveEvent = { type: "request.transferred", fromDivisionId: 4, divisionId: 3, reference: "KO-2570-000002" };
const called: LiveEvent = { type: "ticket.called", divisionId: 3, ticket: "C-001", counter: 1, recall: false };

describe("isRelevantEvent", () => {
  it("passes everything without a filter", () => {
    expect([filed, moved, called].every((e) => isRelevantEvent(e, {}))).toBe(true);
  });

  it("matches a board's divisions, a transfer at both ends", () => {
    expect(isRelevantEvent(filed, { divisionIds: [4] })).toBe(false);
    expect(isRelevantEvent(moved, { divisionIds: [4] })).toBe(true);
    expect(isRelevantEvent(called, { divisionIds: [3, 5] })).toBe(true);
  });

  it("matches a detail page's request and its ticket", () => {
    expect(isRelevantEvent(filed, { reference: "KO-2570-000001" })).toBe(true);
    expect(isRelevantEvent(moved, { reference: "KO-2570-000001" })).toBe(false);
    expect(isRelevantEvent(called, { reference: "KO-2570-000001", ticket: "C-001" })).toBe(true);
    expect(isRelevantEvent(called, { reference: "KO-2570-000001" })).toBe(false);
  });

  it("matches the types asked for", () => {
    expect(isRelevantEvent(called, { types: ["request.filed"] })).toBe(false);
    expect(isRelevantEvent(filed, { types: ["request.filed"], divisionIds: [3] })).toBe(true);
  });
});
