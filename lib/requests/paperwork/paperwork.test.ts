import { describe, expect, it } from "vitest";
import { DEFAULT_RESULT_TEMPLATE, resultLetter, type ResultValues } from "./result-letter";
import { defectResponseDate, latestDefectRecord } from "./defect-record";

// December 2026: Monday 7 and Thursday 10 are holidays.
const holidays = new Set(["2026-12-07", "2026-12-10"]);

describe("the defect record", () => {
  const recorded = (detail: Record<string, unknown>, at = new Date("2026-12-04T03:00:00Z")) => ({ type: "defects_recorded", at, actor: "Officer A", detail });

  it("takes the latest defects, the officer and the stored date to deliver by", () => {
    const timeline = [
      { type: "filed", at: new Date("2026-12-01T03:00:00Z"), actor: null, detail: {} },
      recorded({ defects: ["สำเนาโฉนด"], requestNumber: 1, respondBy: "2026-12-15" }),
      recorded({ defects: ["แผนที่", "ภาพถ่าย"], requestNumber: 2, respondBy: "2026-12-22" }, new Date("2026-12-11T03:00:00Z")),
    ];
    expect(latestDefectRecord(timeline, holidays)).toEqual({
      requestNumber: 2,
      defects: ["แผนที่", "ภาพถ่าย"],
      recordedAt: new Date("2026-12-11T03:00:00Z"),
      respondBy: "2026-12-22",
      officer: "Officer A",
    });
  });

  it("counts the default working days for a record made before the date was stored", () => {
    // Friday 4: Tue 8, Wed 9, Fri 11, Mon 14, Tue 15, Wed 16, Thu 17.
    expect(defectResponseDate("2026-12-04", holidays)).toBe("2026-12-17");
    expect(latestDefectRecord([recorded({ defects: ["x"], requestNumber: 1 })], holidays)?.respondBy).toBe("2026-12-17");
  });

  it("is null when documents were never requested", () => {
    expect(latestDefectRecord([{ type: "filed", at: new Date(), actor: null, detail: {} }], holidays)).toBeNull();
  });
});

describe("the result letter", () => {
  const values: ResultValues = {
    reference: "KO-2570-000042",
    service: "ขออนุญาตก่อสร้างอาคาร",
    applicant: "นาย สมชาย ใจดี",
    date: "17 ธันวาคม 2569",
    officer: "นางสาว ใจดี มีสุข",
    result: "อนุญาต",
    division: "กองช่าง",
  };

  it("fills the service's own template, line by line, keeping unknown placeholders visible", () => {
    expect(resultLetter("ใบรับแจ้ง {reference}\n\n{applicant} ({service}) {oops}", DEFAULT_RESULT_TEMPLATE.th, values)).toEqual([
      "ใบรับแจ้ง KO-2570-000042",
      "นาย สมชาย ใจดี (ขออนุญาตก่อสร้างอาคาร) {oops}",
    ]);
  });

  it("prints the default letter when the service has none", () => {
    const letter = resultLetter("  ", DEFAULT_RESULT_TEMPLATE.th, values).join("\n");
    for (const value of [values.reference, values.service, values.applicant, values.date, values.result, values.division]) expect(letter).toContain(value);
    expect(letter).not.toMatch(/\{\w+\}/);
    expect(resultLetter("", DEFAULT_RESULT_TEMPLATE.en, values).join("\n")).not.toMatch(/\{\w+\}/);
  });
});
