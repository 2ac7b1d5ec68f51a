import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearMonths } from "@/lib/survey/aggregate";

/**
 * The parts of a Thai fiscal year (1 October to 30 September, named by the Buddhist year it
 * ends in): months "YYYY-MM", quarters Q1 (October to December) to Q4, and halves H1
 * (October to March, the "first 6 months" the integrity assessment asks for) and H2. Pure.
 */
export type Quarter = "Q1" | "Q2" | "Q3" | "Q4";
export type Half = "H1" | "H2";
export const QUARTERS: readonly Quarter[] = ["Q1", "Q2", "Q3", "Q4"];
export const HALVES: readonly Half[] = ["H1", "H2"];

export { fiscalYearMonths };

/** The month (YYYY-MM, Asia/Bangkok) an instant falls in. */
export const monthOf = (instant: Date) => bangkokDate(instant).slice(0, 7);

/** The quarter of a fiscal year a month "YYYY-MM" falls in (October is the first month). */
export function quarterOfMonth(month: string): Quarter {
  const m = Number(month.slice(5, 7));
  return QUARTERS[Math.floor(((m + 2) % 12) / 3)]!;
}

export const halfOfQuarter = (quarter: Quarter): Half => (quarter === "Q1" || quarter === "Q2" ? "H1" : "H2");

/** The months of one quarter of a fiscal year. */
export const monthsOfQuarter = (fiscalYear: number, quarter: Quarter) => fiscalYearMonths(fiscalYear).filter((m) => quarterOfMonth(m) === quarter);
