import { z } from "zod";

const text = (max: number, th: string, en: string) =>
  z.string().trim().max(max, { message: `${th}ยาวเกินไป (ไม่เกิน ${max} ตัวอักษร) / ${en} is too long (at most ${max} characters)` });

export const INTEGRITY_CATEGORIES = ["bribery", "procurement", "misuse_of_funds", "abuse_of_power", "conflict_of_interest", "other"] as const;

/** Contact details only when the reporter chose "confidential" (named but protected). */
const contact = z.object({
  name: text(200, "ชื่อ", "The name").min(1, { message: "กรุณาใส่ชื่อ / Please give a name" }),
  phone: text(40, "เบอร์โทร", "The phone number").default(""),
  email: text(200, "อีเมล", "The email").default(""),
});

/** The report as the reporter wrote it; stored only encrypted, as JSON. */
export const reportContentSchema = z.object({
  category: z.enum(INTEGRITY_CATEGORIES, { message: "กรุณาเลือกประเภทเรื่อง / Please choose a category" }),
  what: text(20_000, "รายละเอียด", "The description").min(10, { message: "กรุณาเล่าเรื่องอย่างน้อย 10 ตัวอักษร / Please describe it in at least 10 characters" }),
  when: text(500, "ช่วงเวลา", "When").default(""),
  where: text(500, "สถานที่", "Where").default(""),
  who: text(2_000, "ผู้เกี่ยวข้อง", "Who is involved").default(""),
  accusedDivisionCode: z.string().trim().toUpperCase().regex(/^[A-Z_]{2,40}$/).optional(),
  identity: z.discriminatedUnion("mode", [z.object({ mode: z.literal("anonymous") }), z.object({ mode: z.literal("confidential"), contact })]),
  /**
   * Whom the reporter chose or left out, by staff account (a recipient who resets their keys
   * stays the same person). Written by submitReport, never taken from the form; a re-share
   * (reshare.ts) honours it.
   */
  sharing: z.object({ chosenStaffIds: z.array(z.number().int()).max(200), excludedStaffIds: z.array(z.number().int()).max(200) }).optional(),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export const messageSchema = text(10_000, "ข้อความ", "The message").min(1, { message: "กรุณาพิมพ์ข้อความ / Please write a message" });

export const REPORT_STATES = ["new", "in_review", "referred", "closed"] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_OUTCOMES = ["substantiated", "unsubstantiated", "referred_elsewhere", "withdrawn"] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** Where a referred report went: the province's office, the NACC, the PACC. */
export const REFERRAL_TARGETS = ["provincial", "nacc", "pacc"] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** Which moves a recipient may make: closed is final (an extension only moves the expiry). */
export function canMove(from: string, to: ReportState): boolean {
  const next: Record<string, readonly ReportState[]> = { new: ["in_review", "referred", "closed"], in_review: ["referred", "closed"], referred: ["in_review", "closed"] };
  return (next[from] ?? []).includes(to);
}
