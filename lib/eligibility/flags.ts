import { z } from "zod";
import { localizedText, type LocalizedText } from "@/lib/i18n/localized";
import type { EligibilityResult } from "./evaluate";

/**
 * What a filed request keeps of its eligibility check (Request.eligibilityFlags, JSON): each
 * rule the officer must still look at. "undecided": the rules could not tell; "failed": a
 * counter filing the officer chose to make although a rule said no (kiosk and online
 * filings that fail are refused, never filed).
 */
const flag = z.union([
  z.object({ kind: z.literal("undecided"), rule: z.string(), text: localizedText }),
  z.object({ kind: z.literal("failed"), rule: z.string(), text: localizedText, advice: localizedText.optional() }),
]);
export type EligibilityFlag = z.infer<typeof flag>;

export function flagsOf(result: EligibilityResult): EligibilityFlag[] {
  return [
    ...result.failures.map((f): EligibilityFlag => ({ kind: "failed", rule: f.rule, text: f.message, advice: f.advice })),
    ...result.undecided.map((u): EligibilityFlag => ({ kind: "undecided", rule: u.rule, text: u.reason })),
  ];
}

/** The stored flags; a damaged value reads as one flag saying so, never as "nothing to check". */
export function readEligibilityFlags(stored: string): EligibilityFlag[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = undefined;
  }
  const checked = z.array(flag).safeParse(parsed);
  return checked.success ? checked.data : [{ kind: "undecided", rule: "unknown", text: UNREADABLE }];
}

const UNREADABLE: LocalizedText = {
  th: "บันทึกผลการตรวจคุณสมบัติอ่านไม่ได้ โปรดตรวจคุณสมบัติเอง",
  en: "The eligibility record cannot be read; check eligibility yourself",
};
