import { describe, expect, it } from "vitest";
import { serviceDefinition } from "@/lib/services/service-definition";
import { seedServices } from "@/prisma/seed/services";
import { evaluateEligibility, type EligibilityApplicant } from "./evaluate";

const rulesOf = (code: string) => serviceDefinition.parse(seedServices.find((s) => s.code === code)).eligibility;

// The demo cards in kiosk-agent/cards: Somchai (born 15 Jan 1980) and Boonma (born 1937, year only, ID type 3).
const somchai: EligibilityApplicant = {
  citizenId: "1101700207030",
  birthDate: "1980-01-15",
  address: { subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน" },
};
const boonma: EligibilityApplicant = { ...somchai, citizenId: "3510500012687", birthDate: "1937" };
const today = "2026-12-07";

describe("the seeded elderly allowance", () => {
  it("tells the 46-year-old demo card holder, before the questions, when they can register", () => {
    const result = evaluateEligibility(rulesOf("ELDERLY_ALLOWANCE"), { applicant: somchai, identitySource: "demo_card", today });
    expect(result.outcome).toBe("ineligible");
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.advice.th).toContain("1 ตุลาคม 2581");
    expect(result.failures[0]!.unless).toEqual({ field: "onBehalf", in: [true] });
  });

  it("files the elderly demo card holder, flagging only what the card cannot tell (nationality of an ID of type 3)", () => {
    const result = evaluateEligibility(rulesOf("ELDERLY_ALLOWANCE"), {
      applicant: boonma,
      identitySource: "demo_card",
      answers: { onBehalf: false, paymentMethod: "cash_self", receivesStatePension: false },
      today,
    });
    expect(result.outcome).toBe("undecided");
    expect(result.undecided.map((u) => u.code)).toEqual(["nationality_unclear"]);
  });

  it("refuses someone who already draws a state pension", () => {
    const result = evaluateEligibility(rulesOf("ELDERLY_ALLOWANCE"), {
      applicant: { ...somchai, birthDate: "1950-05-05" },
      identitySource: "card_chip",
      answers: { onBehalf: false, paymentMethod: "cash_self", receivesStatePension: true },
      today,
    });
    expect(result.failures.map((f) => f.rule)).toEqual(["answer"]);
  });
});

describe("the seeded disability allowance", () => {
  it("refuses a card address outside Ko and lets a Ko resident through", () => {
    const rules = rulesOf("DISABILITY_ALLOWANCE");
    const bangkok = { ...somchai, address: { subdistrict: "จอมพล", district: "จตุจักร", province: "กรุงเทพมหานคร", text: "55/12" } };
    expect(evaluateEligibility(rules, { applicant: bangkok, identitySource: "card_chip", answers: { onBehalf: false }, today }).outcome).toBe("ineligible");
    expect(evaluateEligibility(rules, { applicant: somchai, identitySource: "card_chip", answers: { onBehalf: false }, today }).outcome).toBe("eligible");
  });
});

describe("Open311 and eligibility rules", () => {
  it("are never offered together: Open311 sends no citizen ID or birth date to check", () => {
    const elderly = seedServices.find((s) => s.code === "ELDERLY_ALLOWANCE")!;
    const result = serviceDefinition.safeParse({ ...elderly, channels: [...elderly.channels, "open311"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["channels", "open311 cannot be offered for a service with eligibility rules"]);
    for (const service of seedServices) expect(serviceDefinition.safeParse(service).success, service.code).toBe(true);
  });
});
