/**
 * The two languages every public text is written in, without zod: the routing and the
 * language switch run in every page's browser code, where zod would cost 30 kB gzipped.
 */
export const LOCALES = ["th", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "th";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
