import { INTL_LOCALE } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/localized";

/** A date (and optionally the time) as the municipality reads it, in Bangkok time. */
export function when(date: Date, locale: Locale, withTime = false): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", ...(withTime && { timeStyle: "short" }), timeZone: "Asia/Bangkok" }).format(date);
}
