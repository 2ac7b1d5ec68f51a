import { describe, expect, it } from "vitest";
import { evaluateEligibility, type EligibilityApplicant, type EligibilityContext } from "./evaluate";
import { eligibilityRules, type EligibilityRuleInput } from "./rules";

const words = (th: string, en: string) => ({ th, en });
const ELDERLY: EligibilityRuleInput[] = [
  {
    kind: "age",
    min: 60,
    on: "next_fiscal_year",
    countedTo: "09-01",
    exceptWhen: { field: "onBehalf", in: [true] },
    message: words("ยังอายุไม่ถึง 60 ปี", "You are not yet 60."),
    advice: words("ลงทะเบียนได้ตั้งแต่วันที่ {date}", "You can register from {date}."),
  },
  {
    kind: "resident",
    message: words("ที่อยู่ตามบัตรอยู่นอกเขตเทศบาล", "Your address is outside the municipality."),
    advice: words("ยื่นที่ท้องถิ่นที่ท่านมีชื่อในทะเบียนบ้าน", "Apply where your house registration is."),
  },
  {
    kind: "thai_nationality",
    message: words("ต้องมีสัญชาติไทย", "Thai nationality is required."),
    advice: words("สอบถามที่เคาน์เตอร์", "Ask at the counter."),
  },
  {
    kind: "answer",
    field: "receivesStatePension",
    in: [false],
    message: words("ผู้รับบำนาญไม่มีสิทธิ", "People with a state pension are not entitled."),
    advice: words("สอบถามกองสวัสดิการสังคม", "Ask the Social Welfare Division."),
  },
];
const rules = eligibilityRules.parse(ELDERLY);
const ageOnly = rules.filter((r) => r.kind === "age");

const KO_ADDRESS = { subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน" };
function person(overrides: Partial<EligibilityApplicant> = {}): EligibilityApplicant {
  return { citizenId: "1101700207030", birthDate: "1950-03-10", address: KO_ADDRESS, ...overrides };
}
function check(applicant: EligibilityApplicant, extra: Partial<EligibilityContext> = {}, ruleSet = rules) {
  return evaluateEligibility(ruleSet, { applicant, identitySource: "card_chip", answers: { receivesStatePension: false, onBehalf: false }, today: "2026-12-07", ...extra });
}

describe("age", () => {
  it("refuses a 46-year-old the elderly allowance, kindly, with the day they can register", () => {
    const result = check(person({ birthDate: "1980-01-15" }));
    expect(result.outcome).toBe("ineligible");
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.message.en).toBe("You are not yet 60.");
    // 60 on 15 Jan 2040, inside fiscal year 2040 (by 1 September): registration opens with fiscal year 2039.
    expect(result.failures[0]!.advice.en).toBe("You can register from 1 October 2038.");
    expect(result.failures[0]!.advice.th).toBe("ลงทะเบียนได้ตั้งแต่วันที่ 1 ตุลาคม 2581");
  });

  it("lets a 59-year-old who turns 60 by 1 September of the next fiscal year register now", () => {
    // Filing in December 2026 (fiscal year 2570): the next fiscal year's counting day is 1 Sep 2028.
    expect(check(person({ birthDate: "1968-09-01" })).outcome).toBe("eligible");
    const dayLate = check(person({ birthDate: "1968-09-02" }));
    expect(dayLate.outcome).toBe("ineligible");
    expect(dayLate.failures[0]!.advice.en).toBe("You can register from 1 October 2027.");
  });

  it("counts on the filing day when the rule says today", () => {
    const adult = eligibilityRules.parse([{ ...ELDERLY[0], on: "today", min: 18, exceptWhen: undefined }]);
    expect(check(person({ birthDate: "2008-12-07" }), {}, adult).outcome).toBe("eligible");
    const young = check(person({ birthDate: "2008-12-08" }), {}, adult);
    expect(young.outcome).toBe("ineligible");
    expect(young.failures[0]!.advice.en).toBe("You can register from 8 December 2026.");
  });

  it("treats a maximum age as a limit with no date to wait for", () => {
    const child = eligibilityRules.parse([{ kind: "age", max: 5, message: words("เกินอายุ", "Too old."), advice: words("ดูบริการอื่น {date}", "See other services {date}") }]);
    const result = check(person({ birthDate: "2020-01-01" }), {}, child);
    expect(result.outcome).toBe("ineligible");
    expect(result.failures[0]!.advice.en).toBe("See other services");
    expect(check(person({ birthDate: "2021-12-08" }), {}, child).outcome).toBe("eligible");
  });

  it("leaves a year-only birth date undecided when the year could go either way", () => {
    // Born some time in 1968: 1 Sep 1968 or earlier qualifies, later does not.
    const result = check(person({ birthDate: "1968" }), {}, ageOnly);
    expect(result.outcome).toBe("undecided");
    expect(result.undecided[0]!.code).toBe("birth_date_partial");
    expect(result.undecided[0]!.reason.en).toMatch(/year only/);
  });

  it("decides a partial birth date when every possible day gives the same answer", () => {
    expect(check(person({ birthDate: "1937" }), {}, ageOnly).outcome).toBe("eligible"); // the demo elderly card
    expect(check(person({ birthDate: "1968-08" }), {}, ageOnly).outcome).toBe("eligible");
    const young = check(person({ birthDate: "1982-09" }), {}, ageOnly);
    expect(young.outcome).toBe("ineligible");
    // The earliest the month allows (1 Sep 1982) is what opens registration first.
    expect(young.failures[0]!.advice.en).toBe("You can register from 1 October 2040.");
  });

  it("leaves a missing birth date undecided", () => {
    expect(check(person({ birthDate: null }), {}, ageOnly).undecided[0]!.code).toBe("birth_date_missing");
  });

  it("counts a 29 February birthday as reached on 28 February in a common year", () => {
    const adult = eligibilityRules.parse([{ ...ELDERLY[0], on: "today", min: 18, exceptWhen: undefined }]);
    expect(check(person({ birthDate: "2008-02-29" }), { today: "2026-02-28" }, adult).outcome).toBe("eligible");
    expect(check(person({ birthDate: "2008-02-29" }), { today: "2026-02-27" }, adult).outcome).toBe("ineligible");
  });

  it("does not judge the card holder's age when they apply on someone else's behalf", () => {
    const result = check(person({ birthDate: "1980-01-15" }), { answers: { onBehalf: true, receivesStatePension: false } });
    expect(result.outcome).toBe("undecided");
    expect(result.undecided.map((u) => u.code)).toEqual(["about_someone_else"]);
  });

  it("before the answers, says which answer would lift a failure", () => {
    const result = check(person({ birthDate: "1980-01-15" }), { answers: undefined });
    expect(result.outcome).toBe("ineligible");
    expect(result.failures[0]!.unless).toEqual({ field: "onBehalf", in: [true] });
  });
});

describe("resident", () => {
  it("passes a chip address inside Ko, prefixes or not", () => {
    expect(check(person()).outcome).toBe("eligible");
    expect(check(person({ address: { ...KO_ADDRESS, subdistrict: "ตำบลก้อ", district: "อำเภอ ลี้", province: "จ.ลำพูน" } })).outcome).toBe("eligible");
  });

  it("refuses a chip address elsewhere, advising where to file", () => {
    const result = check(person({ address: { subdistrict: "จอมพล", district: "จตุจักร", province: "กรุงเทพมหานคร", text: "55/12 แขวงจอมพล" } }));
    expect(result.outcome).toBe("ineligible");
    expect(result.failures.map((f) => f.advice.en)).toEqual(["Apply where your house registration is."]);
  });

  it("refuses a same-named tambon in another district", () => {
    expect(check(person({ address: { ...KO_ADDRESS, district: "เมืองลำพูน" } })).outcome).toBe("ineligible");
  });

  it("leaves a typed, free-text address undecided", () => {
    const typed = { subdistrict: "", district: "", province: "", text: "99/1 ม.3 ต.ก้อ อ.ลี้ จ.ลำพูน" };
    const result = check(person({ address: typed }), { identitySource: "typed" });
    expect(result.outcome).toBe("undecided");
    expect(result.undecided.map((u) => u.code)).toEqual(["address_unstructured"]);
  });
});

describe("Thai nationality from the citizen ID's first digit", () => {
  const nationality = rules.filter((r) => r.kind === "thai_nationality");
  it.each([["1101700207030"], ["2101700207031"], ["5101700207035"]])("%s is Thai", (citizenId) => {
    expect(check(person({ citizenId }), {}, nationality).outcome).toBe("eligible");
  });
  it.each([["6101700207036"], ["7101700207037"], ["0101700207030"]])("%s is not Thai: refused with advice", (citizenId) => {
    const result = check(person({ citizenId }), {}, nationality);
    expect(result.outcome).toBe("ineligible");
    expect(result.failures[0]!.advice.en).toBe("Ask at the counter.");
  });
  it.each([["3510500012687"], ["4101700207034"], ["8101700207038"]])("%s may be Thai or not: undecided", (citizenId) => {
    const result = check(person({ citizenId }), {}, nationality);
    expect(result.outcome).toBe("undecided");
    expect(result.undecided[0]!.code).toBe("nationality_unclear");
  });
});

describe("answers", () => {
  const pension = rules.filter((r) => r.kind === "answer");
  it("refuses an answer outside the allowed ones", () => {
    const result = check(person(), { answers: { receivesStatePension: true } }, pension);
    expect(result.outcome).toBe("ineligible");
    expect(result.failures[0]!.message.en).toBe("People with a state pension are not entitled.");
  });
  it("accepts yes/no as the form holds it or as validated", () => {
    expect(check(person(), { answers: { receivesStatePension: "no" } }, pension).outcome).toBe("eligible");
    expect(check(person(), { answers: { receivesStatePension: false } }, pension).outcome).toBe("eligible");
  });
  it("waits for the answers, and flags a question left unanswered", () => {
    expect(check(person(), { answers: undefined }, pension).outcome).toBe("eligible");
    expect(check(person(), { answers: {} }, pension).undecided[0]!.code).toBe("not_answered");
  });
  it("requires every pick of a multi answer to be allowed", () => {
    const multi = eligibilityRules.parse([{ kind: "answer", field: "kinds", in: ["a", "b"], message: words("x", "x"), advice: words("y", "y") }]);
    expect(check(person(), { answers: { kinds: ["a", "b"] } }, multi).outcome).toBe("eligible");
    expect(check(person(), { answers: { kinds: ["a", "c"] } }, multi).outcome).toBe("ineligible");
  });
});

describe("the rule schema", () => {
  it("refuses an age rule with neither bound, min above max, or a counting day that does not exist", () => {
    const base = { kind: "age", message: words("x", "x"), advice: words("y", "y") };
    expect(eligibilityRules.safeParse([base]).success).toBe(false);
    expect(eligibilityRules.safeParse([{ ...base, min: 10, max: 5 }]).success).toBe(false);
    expect(eligibilityRules.safeParse([{ ...base, min: 60, countedTo: "02-30" }]).success).toBe(false);
  });
  it("refuses a rule without its kind words", () => {
    expect(eligibilityRules.safeParse([{ kind: "resident" }]).success).toBe(false);
  });
  it("defaults the resident rule to Ko municipality", () => {
    const [rule] = eligibilityRules.parse([{ kind: "resident", message: words("x", "x"), advice: words("y", "y") }]);
    expect(rule).toMatchObject({ area: { subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน" } });
  });
});
