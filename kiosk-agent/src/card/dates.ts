/**
 * Buddhist-era dates as the card stores them (YYYYMMDD, BE = CE + 543).
 *
 * Birth dates may carry 00 for an unknown day or month (only the year was registered), so the
 * result is "YYYY", "YYYY-MM" or "YYYY-MM-DD". Expiry 99999999 marks a lifelong card. Nothing
 * here throws: an unusable value becomes null and the caller decides what that means.
 */
const BE_OFFSET = 543;
export const LIFELONG = "99999999";

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Converts a BE date to ISO (possibly partial); null when it is not a plausible date. */
export function beDateToIso(raw: string): string | null {
  const text = raw.trim();
  if (!/^\d{8}$/.test(text)) return null;
  const year = Number(text.slice(0, 4)) - BE_OFFSET;
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  // Years before 1800 CE or after 2999 are not on any living person's card.
  if (year < 1800 || year > 2999 || month > 12) return null;
  const yyyy = String(year).padStart(4, "0");
  if (month === 0) return day === 0 ? yyyy : null;
  const mm = String(month).padStart(2, "0");
  if (day === 0) return `${yyyy}-${mm}`;
  if (day > daysInMonth(year, month)) return null;
  return `${yyyy}-${mm}-${String(day).padStart(2, "0")}`;
}

/** Expiry date: null for a lifelong card, otherwise like beDateToIso (full dates only). */
export function parseExpiryDate(raw: string): { lifelong: boolean; date: string | null } {
  if (raw.trim() === LIFELONG) return { lifelong: true, date: null };
  const date = beDateToIso(raw);
  return { lifelong: false, date: date !== null && date.length === 10 ? date : null };
}
