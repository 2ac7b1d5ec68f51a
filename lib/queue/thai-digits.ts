/**
 * Thai digits (เลขไทย ๐-๙) for the waiting-room display, shown beside Arabic ones: many
 * older residents read Thai numerals first.
 */
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** Every Arabic digit in `text` as its Thai digit: "C-014" -> "C-๐๑๔". */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (digit) => THAI_DIGITS[Number(digit)]!);
}

/** Every Thai digit in `text` as its Arabic digit (for reading back what was typed). */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(THAI_DIGITS.indexOf(digit)));
}

/** The announcement line, both scripts: "C-014 → ช่อง ๓ / Counter 3". */
export function ticketToCounterLine(ticket: string, counter: number): string {
  return `${ticket} → ช่อง ${toThaiDigits(counter)} / Counter ${counter}`;
}
