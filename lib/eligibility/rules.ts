import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";

/**
 * A service's eligibility rules (คุณสมบัติผู้มีสิทธิ), stated as data so staff edit them with
 * the service. Each rule carries the kind words a resident reads when it fails ("message")
 * and what they can do instead ("advice"); `{date}` in the advice of an age rule becomes the
 * first day the resident can apply. Rules decide only what the card, the typed identity or
 * the answers clearly say; anything else is left to the officer (lib/eligibility/evaluate.ts).
 */

const answerValue = z.union([z.string().regex(/^[a-z0-9_]{1,40}$/), z.boolean()]);
const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);

/** An answer that makes an applicant rule about someone else (applying on behalf of another person). */
const exceptWhen = z.object({ field: fieldKey, in: z.array(answerValue).min(1).max(20) });
export type ExceptWhen = z.infer<typeof exceptWhen>;

const words = {
  message: localizedText,
  advice: localizedText,
};

/**
 * When the age counts:
 *  - today: on the day of filing;
 *  - current_fiscal_year / next_fiscal_year: on `countedTo` (MM-DD) of that Thai fiscal year
 *    (1 October - 30 September). The elderly allowance: people who will be 60 by 1 September
 *    of the next fiscal year register in advance (DLA practice under the Ministry of Interior
 *    regulation B.E. 2566: "born before 2 September").
 */
export const AGE_COUNTED_ON = ["today", "current_fiscal_year", "next_fiscal_year"] as const;
export type AgeCountedOn = (typeof AGE_COUNTED_ON)[number];

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "MM-DD")
  .refine((md) => Number(md.slice(3)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(md.slice(0, 2)) - 1]!, "no such day");

const ageRule = z
  .object({
    kind: z.literal("age"),
    min: z.number().int().min(0).max(150).optional(),
    max: z.number().int().min(0).max(150).optional(),
    on: z.enum(AGE_COUNTED_ON).default("today"),
    countedTo: monthDay.default("09-30"),
    exceptWhen: exceptWhen.optional(),
    ...words,
  })
  .refine((rule) => rule.min !== undefined || rule.max !== undefined, { message: "an age rule needs min or max", path: ["min"] })
  .refine((rule) => rule.min === undefined || rule.max === undefined || rule.min <= rule.max, { message: "min above max", path: ["max"] });

/** Municipality (tambon/district/province as the chip's address names them, prefixes stripped). */
const area = z.object({
  subdistrict: z.string().trim().min(1),
  district: z.string().trim().min(1),
  province: z.string().trim().min(1),
  // How the manual names it; without one, the Thai names are used in both languages.
  label: localizedText.optional(),
});
export type Area = z.infer<typeof area>;

/** เทศบาลตำบลก้อ covers tambon Ko of Li district, Lamphun. */
export const KO_MUNICIPALITY: Area = {
  subdistrict: "ก้อ",
  district: "ลี้",
  province: "ลำพูน",
  label: { th: "ตำบลก้อ อำเภอลี้ จังหวัดลำพูน", en: "Ko subdistrict, Li district, Lamphun" },
};

const residentRule = z.object({
  kind: z.literal("resident"),
  area: area.default(KO_MUNICIPALITY),
  exceptWhen: exceptWhen.optional(),
  ...words,
});

const thaiNationalityRule = z.object({
  kind: z.literal("thai_nationality"),
  exceptWhen: exceptWhen.optional(),
  ...words,
});

/** An answer on the service's form must be one of `in` (for a multi answer: every pick). */
const answerRule = z.object({
  kind: z.literal("answer"),
  field: fieldKey,
  in: z.array(answerValue).min(1).max(20),
  ...words,
});

export const eligibilityRule = z.union([ageRule, residentRule, thaiNationalityRule, answerRule]);
export type EligibilityRule = z.infer<typeof eligibilityRule>;
export type EligibilityRuleInput = z.input<typeof eligibilityRule>;
export type RuleKind = EligibilityRule["kind"];

export const eligibilityRules = z.array(eligibilityRule).max(20).default([]);

/** The form fields a rule list names (answer rules and exceptions), to check they exist. */
export function fieldsNamed(rules: readonly EligibilityRule[]): { index: number; field: string; path: string }[] {
  return rules.flatMap((rule, index) => {
    const named: { index: number; field: string; path: string }[] = [];
    if (rule.kind === "answer") named.push({ index, field: rule.field, path: "field" });
    else if (rule.exceptWhen) named.push({ index, field: rule.exceptWhen.field, path: "exceptWhen" });
    return named;
  });
}
