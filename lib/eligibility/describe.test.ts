import { describe, expect, it } from "vitest";
import { serviceDefinition } from "@/lib/services/service-definition";
import { seedServices } from "@/prisma/seed/services";
import { describeRule } from "./describe";

describe("rules in plain words for the manual", () => {
  it("says what the elderly allowance checks, in Thai and English", () => {
    const service = serviceDefinition.parse(seedServices.find((s) => s.code === "ELDERLY_ALLOWANCE"));
    const lines = service.eligibility.map((rule) => describeRule(rule, service.form));
    expect(lines.map((l) => l.en)).toEqual([
      "Aged 60 or over on 1 September of the next fiscal year (from the birth date on your card)",
      "Registered in a house register in Ko subdistrict, Li district, Lamphun (from the address on your card)",
      "Thai nationality",
      "Your answer to “Does the older person already receive a state pension, gratuity or similar regular state income?” is no",
    ]);
    expect(lines[0]!.th).toBe("อายุ 60 ปีบริบูรณ์ขึ้นไป ณ วันที่ 1 กันยายน ของปีงบประมาณถัดไป (จากวันเกิดในบัตร)");
    expect(lines[1]!.th).toBe("มีชื่อในทะเบียนบ้านในตำบลก้อ อำเภอลี้ จังหวัดลำพูน (จากที่อยู่ในบัตร)");
  });
});
