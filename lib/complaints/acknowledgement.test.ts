import { describe, expect, it } from "vitest";
import { acknowledgeByFor, acknowledgementOverdue } from "./acknowledgement";

// December 2026: Monday 7 and Thursday 10 are holidays.
const holidays = new Set(["2026-12-07", "2026-12-10"]);

describe("acknowledgeByFor", () => {
  it("counts working days from the day after receipt, skipping weekends and holidays", () => {
    // Fri 4 -> Tue 8, Wed 9, Fri 11.
    expect(acknowledgeByFor("2026-12-04", 3, holidays)).toBe("2026-12-11");
    // Wed 2 -> Thu 3, Fri 4, Tue 8.
    expect(acknowledgeByFor("2026-12-02", 3, holidays)).toBe("2026-12-08");
  });
});

describe("acknowledgementOverdue", () => {
  const complaint = { status: "new", acknowledgeBy: "2026-12-11" };

  it("is not overdue up to and including the acknowledgement day", () => {
    expect(acknowledgementOverdue(complaint, "2026-12-11")).toBe(false);
  });

  it("is overdue after that day while nobody has accepted it", () => {
    expect(acknowledgementOverdue(complaint, "2026-12-12")).toBe(true);
  });

  it("stops counting once accepted or closed, and never applies to service requests", () => {
    for (const status of ["in_progress", "waiting_applicant", "done", "rejected"]) {
      expect(acknowledgementOverdue({ ...complaint, status }, "2026-12-20")).toBe(false);
    }
    expect(acknowledgementOverdue({ status: "new", acknowledgeBy: null }, "2026-12-20")).toBe(false);
  });
});
