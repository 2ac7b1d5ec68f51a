/**
 * Dates as the kiosk shows them: Thai in the Buddhist era ("15 มกราคม 2570"), English as
 * "15 January 2027". Calendar dates (YYYY-MM-DD, or YYYY / YYYY-MM from a card) are
 * formatted in UTC so no time zone can move them a day; instants in Asia/Bangkok.
 */
export type KioskLocale = "th" | "en";

const INTL_LOCALE: Record<KioskLocale, string> = { th: "th-TH-u-ca-buddhist", en: "en-GB" };

export function formatCalendarDate(date: string, locale: KioskLocale): string {
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

/** An instant (ISO string) as a date and time in Ko. */
export function formatInstant(iso: string, locale: KioskLocale): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Bangkok",
  }).format(instant);
}

/** Replaces `{name}` placeholders; texts stay plain strings (no message library in the browser). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
