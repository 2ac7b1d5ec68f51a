import { describe, expect, it } from "vitest";
import type { LiveEvent } from "@/lib/events/bus";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { displayEventFor, staffEventFor } from "./live-events";
import { connectionLimiter } from "./connection-limit";
import { sseComment, sseData } from "./sse";

const ENG = 3;
const WEL = 4;
const divisions = new Map([[ENG, { code: "ENGINEERING", nameTh: "กองช่าง", nameEn: "Engineering Division" }]]);
const NOW = new Date("2027-03-10T18:30:00Z"); // 01:30 on 11 March in Bangkok

const EVENTS: LiveEvent[] = [
  { type: "request.filed", divisionId: ENG, reference: "KO-2570-000001" },
  { type: "request.changed", divisionId: ENG, reference: "KO-2570-000001", status: "in_progress" },
  { type: "request.transferred", fromDivisionId: WEL, divisionId: ENG, reference: "KO-2570-000002" },
  { type: "ticket.called", divisionId: ENG, ticket: "C-001", counter: 2, recall: false },
  { type: "ticket.closed", divisionId: ENG, ticket: "C-001", outcome: "served" },
];

describe("display events", () => {
  it("pass ticket calls and closes only, with the division's names and the Bangkok date", () => {
    expect(EVENTS.map((e) => displayEventFor(e, divisions, NOW)?.type ?? null)).toEqual([null, null, null, "ticket.called", "ticket.closed"]);
    expect(displayEventFor(EVENTS[3]!, divisions, NOW)).toEqual({
      type: "ticket.called",
      date: "2027-03-11",
      ticket: "C-001",
      counter: 2,
      recall: false,
      division: divisions.get(ENG),
      at: NOW.toISOString(),
    });
    expect(displayEventFor({ ...EVENTS[3]!, divisionId: 999 } as LiveEvent, divisions, NOW)).toBeNull();
  });
});

describe("staff events", () => {
  const staff = (role: StaffPrincipal["role"], divisionIds: number[]): StaffPrincipal => ({ id: 1, role, divisionIds });

  it("reach staff of the division, and ADMIN, but nobody else", () => {
    expect(EVENTS.map((e) => staffEventFor(e, staff("COUNTER", [ENG])))).toEqual(EVENTS);
    expect(EVENTS.map((e) => staffEventFor(e, staff("ADMIN", [])))).toEqual(EVENTS);
    // The transfer also reaches the division it left (its board drops the request).
    expect(EVENTS.map((e) => staffEventFor(e, staff("OFFICER", [WEL]))?.type ?? null)).toEqual([null, null, "request.transferred", null, null]);
    expect(EVENTS.map((e) => staffEventFor(e, staff("HEAD", [99])))).toEqual(EVENTS.map(() => null));
  });

  it("carry only the documented fields", () => {
    const leaky = { ...EVENTS[0]!, applicantName: "สมชาย ใจดี" } as unknown as LiveEvent;
    expect(staffEventFor(leaky, staff("OFFICER", [ENG]))).toEqual(EVENTS[0]);
  });
});

describe("SSE helpers", () => {
  it("write one data line of JSON per message, and single-line comments", () => {
    expect(sseData({ a: "x\ny" })).toBe('data: {"a":"x\\ny"}\n\n');
    expect(sseComment("one\ntwo")).toBe(": one two\n\n");
  });

  it("cap connections in all and per key, and give a place back once", () => {
    const limiter = connectionLimiter({ total: 3, perKey: 2 });
    const a1 = limiter.acquire("a");
    const a2 = limiter.acquire("a");
    expect(limiter.acquire("a")).toBeNull();
    const b1 = limiter.acquire("b");
    expect(limiter.acquire("c")).toBeNull();
    a1!();
    a1!();
    expect(limiter.open).toBe(2);
    expect(limiter.acquire("a")).not.toBeNull();
    expect([a2, b1].every(Boolean)).toBe(true);
  });
});
