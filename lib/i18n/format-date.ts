/**
 * Calendar dates as a reader writes them, on every screen alike (kiosk, staff console,
 * printed records): Thai in the Buddhist era ("15 มกราคม 2570"), English as "15 January 2027".
 * Dates (YYYY-MM-DD, or YYYY / YYYY-MM from a card whose birth day or month is unknown) are
 * formatted in UTC so no time zone can move them a day.
 */
export type DateLocale = "th" | "en";

export const INTL_LOCALE: Record<DateLocale, string> = { th: "th-TH-u-ca-buddhist", en: "en-GB" };

export function formatCalendarDate(date: string, locale: DateLocale): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const instant = new Date(Date.UTC(Number(year), Number(month ?? "1") - 1, Number(day ?? "1")));
  if (Number.isNaN(instant.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: "long" }
      : month !== undefined
        ? { year: "numeric", month: "long" }
        : { year: "numeric" };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: "UTC" }).format(instant);
}
