/**
 * Dates as the kiosk shows them: calendar dates through the shared formatter
 * (lib/i18n/format-date.ts, so the staff console writes the same years); instants in
 * Asia/Bangkok.
 */
import { INTL_LOCALE } from "@/lib/i18n/format-date";

export { formatCalendarDate } from "@/lib/i18n/format-date";
export type KioskLocale = "th" | "en";

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

/**
 * Replaces `{name}` placeholders, and picks the branch of an ICU plural
 * (`{days, plural, =0 {…} one {# working day} other {# working days}}`), so the kiosk's
 * English says "1 working day" without a message library in the browser. Plural branches
 * follow English rules (Thai messages have only `other`, and `=N` branches win over both).
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  let out = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    if (open === -1) break;
    const close = matchingBrace(template, open);
    if (close === -1) break;
    out += template.slice(index, open) + placeholder(template.slice(open, close + 1), values);
    index = close + 1;
  }
  return out + template.slice(index);
}

const ENGLISH_PLURAL = new Intl.PluralRules("en");

function placeholder(whole: string, values: Record<string, string | number>): string {
  const inner = whole.slice(1, -1);
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  const name = plural ? plural[1]! : inner.trim();
  if (!/^\w+$/.test(name) || !Object.prototype.hasOwnProperty.call(values, name)) return whole;
  const value = values[name]!;
  if (!plural) return String(value);
  const options = pluralOptions(plural[2]!);
  const count = Number(value);
  const branch = options.get(`=${count}`) ?? options.get(ENGLISH_PLURAL.select(count)) ?? options.get("other");
  return branch === undefined ? whole : fill(branch.replace(/#/g, String(value)), values);
}

/** `=0 {none} one {# day} other {# days}` as selector -> text. */
function pluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let index = 0;
  for (;;) {
    const selector = /^\s*(=\d+|\w+)\s*\{/.exec(text.slice(index));
    if (!selector) return options;
    const open = index + selector[0].length - 1;
    const close = matchingBrace(text, open);
    if (close === -1) return options;
    options.set(selector[1]!, text.slice(open + 1, close));
    index = close + 1;
  }
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return -1;
}
