/**
 * CSV that Excel opens correctly with Thai text, and that cannot run formulas.
 *
 * - UTF-8 with a byte order mark: without it Excel reads the file as the local code page
 *   and Thai turns to mojibake.
 * - RFC 4180: fields separated by commas, lines by CRLF; a field holding a comma, quote,
 *   CR or LF is quoted, and quotes inside are doubled.
 * - Formula injection (CSV injection): a cell starting with = + - @ (or a tab or CR, which
 *   some programs skip before reading one of those) is prefixed with a single quote, so a
 *   spreadsheet shows it as text instead of evaluating it.
 */
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole file: the BOM, then one line per row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + rows.map(csvLine).join("");
}
