import { describe, expect, it } from "vitest";
import { divisionGroup, figuresOf, fiscalYearMonths, hiddenCells, MIN_RESPONSES, serviceGroup, summariseSurvey, type SurveyRow } from "./aggregate";

const answer = (overrides: Partial<SurveyRow> = {}): SurveyRow => ({
  serviceId: 1,
  divisionId: 10,
  month: "2026-12",
  process: 5,
  staff: 4,
  time: 3,
  facilities: 4,
  information: 5,
  overall: 4,
  ...overrides,
});
const times = (n: number, overrides: Partial<SurveyRow> = {}) => Array.from({ length: n }, () => answer(overrides));

describe("summariseSurvey", () => {
  it("hides a service with 4 answers: no count, no mean, no distribution", () => {
    const summary = summariseSurvey(times(4), 2570);
    expect(figuresOf(summary, serviceGroup(10, 1))).toEqual({ shown: false, reason: "fewer" });
    expect(figuresOf(summary, "all")).toEqual({ shown: false, reason: "fewer" });
    expect(JSON.stringify(summary)).not.toContain('"count"');
  });

  it("shows a service with 5 answers: count, mean per question and the spread of 1-5", () => {
    const rows = [...times(4), answer({ overall: 1, time: 5 })];
    const figures = figuresOf(summariseSurvey(rows, 2570), serviceGroup(10, 1));
    expect(figures).toMatchObject({ shown: true, count: 5 });
    if (!figures.shown) throw new Error("hidden");
    expect(figures.means).toEqual({ process: 5, staff: 4, time: 3.4, facilities: 4, information: 5, overall: 3.4 });
    expect(figures.distribution.overall).toEqual([1, 0, 0, 4, 0]);
    expect(figures.distribution.time).toEqual([0, 0, 4, 0, 1]);
  });

  it("rounds means to two decimals", () => {
    const rows = [...times(5), answer({ overall: 5 })];
    const figures = figuresOf(summariseSurvey(rows, 2570), "all");
    expect(figures.shown && figures.means.overall).toBe(4.17);
  });

  it("groups by service within its division, by division, and by month", () => {
    const rows = [...times(5), ...times(6, { serviceId: 2 }), ...times(7, { divisionId: 20, serviceId: 3, month: "2027-09" })];
    const summary = summariseSurvey(rows, 2570);
    expect(summary.services).toEqual([
      { divisionId: 10, serviceId: 1 },
      { divisionId: 10, serviceId: 2 },
      { divisionId: 20, serviceId: 3 },
    ]);
    expect(figuresOf(summary, divisionGroup(10))).toMatchObject({ shown: true, count: 11 });
    expect(figuresOf(summary, "all")).toMatchObject({ shown: true, count: 18 });
    expect(figuresOf(summary, "all", "2026-12")).toMatchObject({ shown: true, count: 11 });
    expect(figuresOf(summary, "all", "2027-09")).toMatchObject({ shown: true, count: 7 });
    expect(figuresOf(summary, "all", "2027-01")).toEqual({ shown: false, reason: "none" });
  });

  it("leaves out answers from another fiscal year", () => {
    const summary = summariseSurvey([...times(5), ...times(3, { month: "2026-09" })], 2570);
    expect(figuresOf(summary, "all")).toMatchObject({ count: 5 });
  });

  it("also hides a shown part when the total minus it would give away a small group", () => {
    // 6 answers in the division: 5 for one service and 1 for another. Showing the division
    // and the first service would let anyone subtract the single answer.
    const rows = [...times(5), answer({ serviceId: 2, overall: 1 })];
    const summary = summariseSurvey(rows, 2570);
    expect(figuresOf(summary, serviceGroup(10, 2))).toEqual({ shown: false, reason: "fewer" });
    expect(figuresOf(summary, serviceGroup(10, 1))).toEqual({ shown: false, reason: "protects" });
    expect(figuresOf(summary, divisionGroup(10))).toMatchObject({ shown: true, count: 6 });
  });

  it("does not let a hidden division be added up from its shown services, and the municipality minus it give away another division", () => {
    // Division 10: 6 and 5 answers (the division itself is hidden to protect division 20's
    // 2); unless one of its services is hidden too, 13 - 6 - 5 gives division 20's 2 answers.
    const rows = [...times(6), ...times(5, { serviceId: 2 }), ...times(2, { divisionId: 20, serviceId: 3 })];
    const summary = summariseSurvey(rows, 2570);
    expect(figuresOf(summary, "all")).toMatchObject({ shown: true, count: 13 });
    expect(figuresOf(summary, divisionGroup(20))).toEqual({ shown: false, reason: "fewer" });
    expect(figuresOf(summary, divisionGroup(10)).shown).toBe(false);
    expect([figuresOf(summary, serviceGroup(10, 1)).shown, figuresOf(summary, serviceGroup(10, 2)).shown]).toEqual([true, false]);
  });

  it("protects a month the same way: the year minus the shown months must not give away one answer", () => {
    const rows = [...times(5, { month: "2026-10" }), answer({ month: "2026-11" })];
    const summary = summariseSurvey(rows, 2570);
    expect(figuresOf(summary, "all", "2026-11")).toEqual({ shown: false, reason: "fewer" });
    expect(figuresOf(summary, "all", "2026-10")).toEqual({ shown: false, reason: "protects" });
    expect(figuresOf(summary, "all")).toMatchObject({ shown: true, count: 6 });
  });

  it("leaves no shown total whose hidden parts add up to 1-4 answers, by service or by month", () => {
    const rows: SurveyRow[] = [];
    const sizes = [1, 7, 2, 5, 9, 3, 12, 4, 6, 1, 2, 8];
    sizes.forEach((size, index) => rows.push(...times(size, { serviceId: index % 4, divisionId: 10 + (index % 2), month: fiscalYearMonths(2570)[index % 5]! })));
    const summary = summariseSurvey(rows, 2570);
    const count = (match: (row: SurveyRow) => boolean) => rows.filter(match).length;
    const hiddenSum = (cells: { figures: ReturnType<typeof figuresOf>; n: number }[]) => cells.filter((c) => !c.figures.shown).reduce((sum, c) => sum + c.n, 0);
    for (const period of ["year", ...summary.months]) {
      const inPeriod = (row: SurveyRow) => period === "year" || row.month === period;
      for (const division of [10, 11]) {
        const parts = summary.services.filter((s) => s.divisionId === division).map((s) => ({ figures: figuresOf(summary, serviceGroup(division, s.serviceId), period), n: count((r) => inPeriod(r) && r.divisionId === division && r.serviceId === s.serviceId) }));
        if (figuresOf(summary, divisionGroup(division), period).shown) expect(hiddenSum(parts) === 0 || hiddenSum(parts) >= MIN_RESPONSES, `division ${division} ${period}`).toBe(true);
      }
    }
    for (const service of summary.services) {
      const parts = summary.months.map((month) => ({ figures: figuresOf(summary, serviceGroup(service.divisionId, service.serviceId), month), n: count((r) => r.month === month && r.serviceId === service.serviceId && r.divisionId === service.divisionId) }));
      if (figuresOf(summary, serviceGroup(service.divisionId, service.serviceId)).shown) expect(hiddenSum(parts) === 0 || hiddenSum(parts) >= MIN_RESPONSES, `service ${service.serviceId} by month`).toBe(true);
    }
    expect(Object.values(summary.cells).some((figures) => figures.shown)).toBe(true);
  });
});

describe("hiddenCells", () => {
  it("leaves a total alone when its hidden parts already add up to 5 or more", () => {
    const counts = new Map([
      ["t", 13],
      ["a", 8],
      ["b", 3],
      ["c", 2],
    ]);
    const hidden = hiddenCells(counts, [{ total: "t", parts: ["a", "b", "c"] }]);
    expect([...hidden]).toEqual([
      ["b", "fewer"],
      ["c", "fewer"],
    ]);
  });
});

it("names a fiscal year's months October to September", () => {
  expect(fiscalYearMonths(2570)).toEqual(["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09"]);
});
