import { formatCalendarDate, INTL_LOCALE } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/localized";

/**
 * A calendar date ("2026-12-17", or a card's partial birth date "1982-09") as the reader
 * writes it: Buddhist-era years in Thai, as on the kiosk (the same formatter).
 */
export function formatDate(date: string, locale: Locale): string {
  return formatCalendarDate(date, locale);
}

/** An instant, in Ko's time. */
export function formatDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" }).format(instant);
}
