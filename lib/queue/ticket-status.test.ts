import { describe, expect, it } from "vitest";
import { counterNumber, nextTicketStatus, TICKET_STATUSES, type TicketAction } from "./ticket-status";

describe("ticket status rules", () => {
  const allowed: Record<TicketAction, Record<string, string | null>> = {
    call: { waiting: "called", called: null, served: null, no_show: null, settled: null },
    recall: { waiting: null, called: "called", served: null, no_show: null, settled: null },
    serve: { waiting: null, called: "served", served: null, no_show: null, settled: null },
    no_show: { waiting: null, called: "no_show", served: null, no_show: null, settled: null },
    call_missed: { waiting: null, called: null, served: null, no_show: "called", settled: null },
  };
  for (const [action, from] of Object.entries(allowed) as [TicketAction, Record<string, string | null>][]) {
    for (const status of TICKET_STATUSES) {
      it(`${action} from ${status} -> ${from[status] ?? "refused"}`, () => {
        expect(nextTicketStatus(status, action)).toBe(from[status]);
      });
    }
    it(`${action} without a ticket is refused`, () => expect(nextTicketStatus(null, action)).toBeNull());
  }

  it("counter numbers are small positive whole numbers", () => {
    expect(counterNumber.parse("3")).toBe(3);
    expect(counterNumber.parse("20")).toBe(20);
    for (const bad of ["0", "-1", "1.5", "21", "", "x"]) expect(counterNumber.safeParse(bad).success, bad).toBe(false);
  });
});
