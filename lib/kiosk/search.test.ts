import { describe, expect, it } from "vitest";
import type { KioskService } from "./kiosk-services";
import { filterKioskServices } from "./search";

function service(code: string, th: string, en: string, descriptionTh = "", division = "สำนักปลัด"): KioskService {
  return {
    code,
    name: { th, en },
    description: { th: descriptionTh || th, en },
    category: "welfare",
    division: { code: "PALAD", name: { th: division, en: "Office of the Municipal Clerk" } },
    workingDays: 1,
    fields: [],
  };
}

const services = [
  service("TREE", "ขอตัดต้นไม้ กิ่งไม้", "Tree cutting"),
  service("ELDERLY", "ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "Elderly allowance registration", "", "กองสวัสดิการสังคม"),
  service("DISABILITY", "ลงทะเบียนรับเบี้ยความพิการ", "Disability allowance", "เบี้ยยังชีพคนพิการ", "กองสวัสดิการสังคม"),
];

describe("filterKioskServices", () => {
  it("keeps everything in order for an empty query", () => {
    expect(filterKioskServices(services, "  ").map((s) => s.code)).toEqual(["TREE", "ELDERLY", "DISABILITY"]);
  });
  it("matches Thai as substrings, names before descriptions", () => {
    expect(filterKioskServices(services, "เบี้ยยังชีพ").map((s) => s.code)).toEqual(["ELDERLY", "DISABILITY"]);
    expect(filterKioskServices(services, "ต้นไม้").map((s) => s.code)).toEqual(["TREE"]);
  });
  it("narrows with each letter typed", () => {
    expect(filterKioskServices(services, "ผ").map((s) => s.code)).toEqual(["ELDERLY"]);
    expect(filterKioskServices(services, "ผู้สูง").map((s) => s.code)).toEqual(["ELDERLY"]);
  });
  it("matches English case-insensitively and needs every word", () => {
    expect(filterKioskServices(services, "ALLOWANCE elderly").map((s) => s.code)).toEqual(["ELDERLY"]);
    expect(filterKioskServices(services, "allowance tree")).toEqual([]);
  });
  it("finds services by their division", () => {
    expect(filterKioskServices(services, "สวัสดิการ").map((s) => s.code)).toEqual(["ELDERLY", "DISABILITY"]);
  });
  it("treats decomposed and composed Thai alike", () => {
    // SARA AM written as NIKHAHIT + SARA AA by some keyboards.
    const composed = [service("X", "ขอให้ทำความสะอาด", "Cleaning")];
    expect(filterKioskServices(composed, "ท\u0e4d\u0e32ความ").map((s) => s.code)).toEqual(["X"]);
  });
});
