import { describe, expect, it } from "vitest";
import { applyDisplayEvent, earlierCalls, emptyDisplayState, rollOverDisplay, type DisplayEvent, type DisplayState } from "./display-model";

const eng = { code: "ENGINEERING", nameTh: "กองช่าง", nameEn: "Engineering Division" };
const fin = { code: "FINANCE", nameTh: "กองคลัง", nameEn: "Finance Division" };
const DAY = "2027-03-10";
const called = (ticket: string, counter: number, at: string, division = eng, recall = false): DisplayEvent => ({
  type: "ticket.called",
  date: DAY,
  ticket,
  counter,
  recall,
  division,
  at,
});
const closed = (ticket: string, outcome: "served" | "no_show", division = eng): DisplayEvent => ({
  type: "ticket.closed",
  date: DAY,
  ticket,
  outcome,
  division,
  at: "x",
});
const run = (events: DisplayEvent[], start: DisplayState = emptyDisplayState(DAY), limit?: number) =>
  events.reduce((state, event) => applyDisplayEvent(state, event, limit), start);

describe("display state", () => {
  it("shows each call at its counter, one ticket per counter, sorted by counter", () => {
    const state = run([called("C-001", 3, "t1"), called("B-001", 1, "t2", fin), called("C-002", 3, "t3")]);
    expect(state.serving.map((t) => `${t.ticket}@${t.counter}`)).toEqual(["B-001@1", "C-002@3"]);
    expect(state.recent.map((t) => t.ticket)).toEqual(["C-002", "B-001", "C-001"]);
    expect(earlierCalls(state).map((t) => t.ticket)).toEqual(["C-001"]);
  });

  it("a recall moves the ticket to the top of the recent calls without duplicating it", () => {
    const state = run([called("C-001", 3, "t1"), called("C-002", 4, "t2"), called("C-001", 3, "t3", eng, true)]);
    expect(state.recent.map((t) => [t.ticket, t.calledAt])).toEqual([["C-001", "t3"], ["C-002", "t2"]]);
    expect(state.serving).toHaveLength(2);
    expect(run([called("C-001", 3, "t1"), called("C-001", 3, "t1")])).toEqual(run([called("C-001", 3, "t1")]));
  });

  it("closing a ticket frees its counter and marks it in the recent calls (same number, other division untouched)", () => {
    const state = run([called("C-001", 3, "t1"), called("C-001", 5, "t2", fin), closed("C-001", "no_show")]);
    expect(state.serving.map((t) => [t.division.code, t.counter])).toEqual([["FINANCE", 5]]);
    expect(state.recent.map((t) => [t.division.code, t.status])).toEqual([
      ["FINANCE", "called"],
      ["ENGINEERING", "no_show"],
    ]);
  });

  it("keeps only the last few calls", () => {
    const state = run(Array.from({ length: 9 }, (_, i) => called(`C-00${i}`, i + 1, `t${i}`)), undefined, 4);
    expect(state.recent.map((t) => t.ticket)).toEqual(["C-008", "C-007", "C-006", "C-005"]);
    expect(state.serving).toHaveLength(9);
  });

  it("a snapshot replaces everything; a new day starts empty; a late event of an earlier day is ignored", () => {
    const before = run([called("C-001", 3, "t1")]);
    expect(applyDisplayEvent(before, { type: "snapshot", state: emptyDisplayState(DAY) })).toEqual(emptyDisplayState(DAY));
    const nextDay = applyDisplayEvent(before, { ...called("C-001", 2, "t9"), date: "2027-03-11" } as DisplayEvent);
    expect(nextDay.date).toBe("2027-03-11");
    expect(nextDay.serving.map((t) => t.counter)).toEqual([2]);
    expect(applyDisplayEvent(nextDay, called("C-005", 1, "t0"))).toBe(nextDay);
    expect(rollOverDisplay(before, "2027-03-11")).toEqual(emptyDisplayState("2027-03-11"));
    expect(rollOverDisplay(before, DAY)).toBe(before);
  });
});
