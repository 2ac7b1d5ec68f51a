/** The divisions (ส่วนราชการ) requests are routed to. Names live in the database. */
export const DIVISION_CODES = ["PALAD", "FINANCE", "ENGINEERING", "WELFARE", "STRATEGY"] as const;
export type DivisionCode = (typeof DIVISION_CODES)[number];
