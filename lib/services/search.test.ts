import { describe, expect, it } from "vitest";
import { makeService } from "@/test/support/make-service";
import { groupByDivision, searchServices } from "./search";

const light = makeService({
  code: "STREET_LIGHT_REPAIR",
  name: { th: "แจ้งซ่อมไฟฟ้าสาธารณะ", en: "Report a broken street light" },
  keywords: ["ไฟดับ", "pole"],
});
const elderly = makeService({
  code: "ELDERLY_ALLOWANCE",
  division: "WELFARE",
  name: { th: "ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ", en: "Elderly allowance registration" },
  description: { th: "สำหรับผู้ที่อายุ 60 ปีขึ้นไป ที่ไม่มีไฟฟ้า", en: "For people aged 60 and over" },
});
const all = [light, elderly];

describe("searchServices", () => {
  it("finds Thai words inside unspaced Thai text", () => {
    expect(searchServices(all, "ไฟฟ้า").map((s) => s.code)).toEqual(["STREET_LIGHT_REPAIR", "ELDERLY_ALLOWANCE"]);
    expect(searchServices(all, "เบี้ยยังชีพ").map((s) => s.code)).toEqual(["ELDERLY_ALLOWANCE"]);
  });

  it("is case-insensitive in English and needs every word", () => {
    expect(searchServices(all, "STREET light").map((s) => s.code)).toEqual(["STREET_LIGHT_REPAIR"]);
    expect(searchServices(all, "street allowance")).toEqual([]);
  });

  it("ranks name matches above description matches", () => {
    // "ไฟฟ้า" is in the light's name but only in the allowance's description.
    expect(searchServices(all, "ไฟฟ้า")[0]?.code).toBe("STREET_LIGHT_REPAIR");
  });

  it("matches keywords and division names", () => {
    expect(searchServices(all, "ไฟดับ").map((s) => s.code)).toEqual(["STREET_LIGHT_REPAIR"]);
    expect(searchServices(all, "กองสวัสดิการ").map((s) => s.code)).toEqual(["ELDERLY_ALLOWANCE"]);
  });

  it("returns everything for a blank query", () => {
    expect(searchServices(all, "   ")).toHaveLength(2);
  });
});

describe("groupByDivision", () => {
  it("keeps catalogue order and one group per division", () => {
    const groups = groupByDivision([light, elderly, makeService({ code: "ROAD_REPAIR" })]);
    expect(groups.map((g) => [g.division.code, g.services.map((s) => s.code)])).toEqual([
      ["ENGINEERING", ["STREET_LIGHT_REPAIR", "ROAD_REPAIR"]],
      ["WELFARE", ["ELDERLY_ALLOWANCE"]],
    ]);
  });
});
