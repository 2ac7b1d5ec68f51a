import { describe, expect, it } from "vitest";
import { LIVE_KEYS, liveLinks } from "./live-links";
import { OIT_ITEMS } from "./oit-list";

describe("liveLinks", () => {
  it("links the past fiscal year's service statistics and satisfaction (ITA 2570 assesses 2569)", () => {
    expect(liveLinks("service-statistics", 2570).map((l) => l.href)).toEqual(["/statistics?year=2569", "/open-data/service-statistics-2569.csv"]);
    expect(liveLinks("satisfaction", 2570).map((l) => l.href)).toEqual(["/statistics/satisfaction?year=2569"]);
  });

  it("links the current year's e-service, complaint and corruption-report figures", () => {
    expect(liveLinks("e-service", 2570).map((l) => l.href)).toEqual(["/e-service", "/e-service/manual", "/statistics/e-service?year=2570"]);
    expect(liveLinks("complaint-channel", 2570).map((l) => l.href)).toEqual(["/complaints/guideline", "/statistics/complaints?year=2570"]);
    expect(liveLinks("corruption-statistics", 2571).map((l) => l.href)).toEqual(["/statistics/integrity?year=2571"]);
    expect(liveLinks("corruption-channel", 2570).map((l) => l.href)).toEqual(["/integrity"]);
    expect(liveLinks("corruption-guideline", 2570).map((l) => l.href)).toEqual(["/integrity/guideline"]);
    expect(liveLinks("service-manual", 2570).map((l) => l.href)).toEqual(["/services"]);
  });

  it("has nothing for keys it does not publish, including inherited names", () => {
    expect(liveLinks("procurement-plan", 2570)).toEqual([]);
    expect(liveLinks("constructor", 2570)).toEqual([]);
    expect(liveLinks("__proto__", 2570)).toEqual([]);
  });

  it("knows every seeded live item and no seeded evidence item", () => {
    for (const item of OIT_ITEMS) expect(LIVE_KEYS.includes(item.key), item.key).toBe(item.source === "live");
  });

  it("the seed numbers each year's list without gaps in meaning: one item per number", () => {
    for (const year of [2569, 2570] as const) {
      const numbers = OIT_ITEMS.map((i) => i.numbers[year]);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
    expect(new Set(OIT_ITEMS.map((i) => i.key)).size).toBe(OIT_ITEMS.length);
  });
});
