import { z } from "zod";

import type { Locale } from "./locales";

/** The two languages every public text is written in. Thai comes first. */
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** A text in Thai and English, as stored in service definitions. */
export const localizedText = z.object({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
