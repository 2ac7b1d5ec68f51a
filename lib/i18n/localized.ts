import { z } from "zod";

/** The two languages every public text is written in. Thai comes first. */
export const LOCALES = ["th", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "th";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A text in Thai and English, as stored in service definitions. */
export const localizedText = z.object({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
