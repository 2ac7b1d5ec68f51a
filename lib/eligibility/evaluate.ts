import type { CalendarDate } from "@/lib/calendar/dates";
import type { LocalizedText } from "@/lib/i18n/localized";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { ageOn, birthRange, countingDate, firstQualifyingDay } from "./age";
import { nationalityFromCitizenId } from "./nationality";
import type { Area, EligibilityRule, ExceptWhen, RuleKind } from "./rules";
import { undecidedReason, type UndecidedCode } from "./reasons";

/**
 * Eligibility from what is known, pure: the rules of a service against the applicant (card
 * or typed identity) and, once given, the answers. A rule passes, fails, or cannot decide
 * (a birth date with only the year, a typed address, a citizen-ID type both Thai nationals
 * and aliens carry). Failures refuse a kiosk or online filing before it is made; what cannot
 * be decided is filed and flagged for the officer.
 *
 * Only the fields used here are read, so the kiosk page can run it on the card it holds.
 */
export type EligibilityApplicant = {
  citizenId: string;
  birthDate: string | null;
  address: { subdistrict: string; district: string; province: string; text: string };
};

export type IdentitySource = "card_chip" | "demo_card" | "typed" | "online_login" | "open311";

export type EligibilityContext = {
  applicant: EligibilityApplicant;
  identitySource: IdentitySource;
  /** The validated answers; `undefined` before the form is filled (answer rules then wait). */
  answers?: Readonly<Record<string, unknown>>;
  today: CalendarDate;
};

export type EligibilityFailure = {
  rule: RuleKind;
  message: LocalizedText;
  advice: LocalizedText;
  /** Before the answers: an answer that would make this rule about someone else (e.g. applying on their behalf). */
  unless?: ExceptWhen;
};

export type EligibilityReason = { rule: RuleKind; code: UndecidedCode; reason: LocalizedText };

export type EligibilityOutcome = "eligible" | "ineligible" | "undecided";

export type EligibilityResult = {
  outcome: EligibilityOutcome;
  failures: EligibilityFailure[];
  undecided: EligibilityReason[];
};

type Verdict = { pass: true } | { fail: true; date?: CalendarDate } | { undecided: UndecidedCode } | { skip: true };

export function evaluateEligibility(rules: readonly EligibilityRule[], context: EligibilityContext): EligibilityResult {
  const failures: EligibilityFailure[] = [];
  const undecided: EligibilityReason[] = [];
  for (const rule of rules) {
    const onBehalf = rule.kind !== "answer" && rule.exceptWhen !== undefined && context.answers !== undefined && matches(rule.exceptWhen, context.answers);
    if (onBehalf) {
      undecided.push(reason(rule.kind, "about_someone_else"));
      continue;
    }
    const verdict = judge(rule, context);
    if ("undecided" in verdict) undecided.push(reason(rule.kind, verdict.undecided));
    else if ("fail" in verdict) {
      const unless = rule.kind !== "answer" && context.answers === undefined ? rule.exceptWhen : undefined;
      failures.push({
        rule: rule.kind,
        message: rule.message,
        advice: withDate(rule.advice, verdict.date),
        ...(unless ? { unless } : {}),
      });
    }
  }
  const outcome: EligibilityOutcome = failures.length > 0 ? "ineligible" : undecided.length > 0 ? "undecided" : "eligible";
  return { outcome, failures, undecided };
}

function judge(rule: EligibilityRule, context: EligibilityContext): Verdict {
  switch (rule.kind) {
    case "age":
      return judgeAge(rule, context);
    case "resident":
      return judgeResident(rule.area, context.applicant.address);
    case "thai_nationality": {
      const nationality = nationalityFromCitizenId(context.applicant.citizenId);
      if (nationality === "thai") return { pass: true };
      return nationality === "not_thai" ? { fail: true } : { undecided: "nationality_unclear" };
    }
    case "answer": {
      if (context.answers === undefined) return { skip: true };
      const answer = Object.hasOwn(context.answers, rule.field) ? context.answers[rule.field] : undefined;
      if (answer === undefined || answer === "" || (Array.isArray(answer) && answer.length === 0)) return { undecided: "not_answered" };
      return matches(rule, context.answers, true) ? { pass: true } : { fail: true };
    }
  }
}

function judgeAge(rule: Extract<EligibilityRule, { kind: "age" }>, context: EligibilityContext): Verdict {
  const range = birthRange(context.applicant.birthDate);
  if (range === null) return { undecided: "birth_date_missing" };
  const on = countingDate(rule.on, rule.countedTo, context.today);
  // Age falls as the birth date moves later: the latest possible birth gives the least age.
  const youngest = ageOn(range.latest, on);
  const oldest = ageOn(range.earliest, on);
  const passes = (age: number) => (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
  if (passes(youngest) && passes(oldest)) return { pass: true };
  if (!passes(youngest) && !passes(oldest) && sameSide(rule, youngest, oldest)) {
    const tooYoung = rule.min !== undefined && oldest < rule.min;
    // Too young: the first day any of the possible birth dates qualifies.
    return tooYoung ? { fail: true, date: firstQualifyingDay(range.earliest, rule.min!, rule.on, rule.countedTo) } : { fail: true };
  }
  return { undecided: "birth_date_partial" };
}

// Both ends fail the same way (both too young or both too old), not one on each side.
function sameSide(rule: { min?: number; max?: number }, youngest: number, oldest: number): boolean {
  const young = (age: number) => rule.min !== undefined && age < rule.min;
  return young(youngest) === young(oldest);
}

const PREFIX = /^(ตำบล|แขวง|ต\.|อำเภอ|กิ่งอำเภอ|เขต|อ\.|จังหวัด|จ\.)\s*/;
const placeName = (value: string) => value.trim().replace(PREFIX, "").replace(/\s+/g, "");

function judgeResident(area: Area, address: EligibilityApplicant["address"]): Verdict {
  const given = { subdistrict: placeName(address.subdistrict), district: placeName(address.district), province: placeName(address.province) };
  // A typed, free-text address names no tambon we can trust to compare.
  if (!given.subdistrict || !given.district || !given.province) return { undecided: "address_unstructured" };
  const inside =
    given.subdistrict === placeName(area.subdistrict) && given.district === placeName(area.district) && given.province === placeName(area.province);
  return inside ? { pass: true } : { fail: true };
}

/** As conditional questions match: a yes/no given as "yes"/"no" or true/false; `every` for an answer rule over a multi answer. */
function matches(condition: { field: string; in: readonly (string | boolean)[] }, answers: Readonly<Record<string, unknown>>, every = false): boolean {
  const answer = Object.hasOwn(answers, condition.field) ? answers[condition.field] : undefined;
  const given: unknown[] = Array.isArray(answer) ? answer : [answer];
  const ok = (value: unknown) => condition.in.some((wanted) => (typeof wanted === "boolean" ? asYesNo(value) === wanted : value === wanted));
  return every ? given.length > 0 && given.every(ok) : given.some(ok);
}

function asYesNo(value: unknown): unknown {
  if (value === "yes" || value === "true") return true;
  if (value === "no" || value === "false") return false;
  return value;
}

function withDate(advice: LocalizedText, date: CalendarDate | undefined): LocalizedText {
  if (date === undefined) return { th: advice.th.replaceAll("{date}", "").trim(), en: advice.en.replaceAll("{date}", "").trim() };
  return { th: advice.th.replaceAll("{date}", formatCalendarDate(date, "th")), en: advice.en.replaceAll("{date}", formatCalendarDate(date, "en")) };
}

function reason(rule: RuleKind, code: UndecidedCode): EligibilityReason {
  return { rule, code, reason: undecidedReason(rule, code) };
}
