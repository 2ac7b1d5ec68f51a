import type thTexts from "@/messages/kiosk.th.json";
import type { AnswerError } from "@/lib/services/answers";
import { fill } from "@/lib/kiosk/format";

/** The kiosk namespace of one language (messages/kiosk.<locale>.json), passed in as props. */
export type KioskTexts = typeof thTexts;
export type Locale = "th" | "en";
export type BothTexts = Record<Locale, KioskTexts>;

export function errorText(t: KioskTexts, error: AnswerError | { code: string; limit?: number | string }): string {
  const template = (t.errors as Record<string, string>)[error.code] ?? t.errors.invalidChoice;
  return fill(template, error.limit === undefined ? {} : { limit: error.limit });
}
