import { isCalendarDate } from "@/lib/calendar/dates";
import type { Locale } from "@/lib/i18n/localized";

const tag = (locale: Locale) => (locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB");

/** A calendar date ("2026-12-17") as the reader writes it. */
export function formatDate(date: string, locale: Locale): string {
  if (!isCalendarDate(date)) return date;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "Asia/Bangkok" }).format(new Date(`${date}T12:00:00+07:00`));
}

/** An instant, in Ko's time. */
export function formatDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" }).format(instant);
}
