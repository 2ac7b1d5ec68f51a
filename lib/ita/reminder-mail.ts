import { escapeHtml, type ComposedMail } from "@/lib/mail/compose";

/**
 * The reminder a HEAD gets: Thai first, English below, the items still missing and a link
 * to the checklist. Staff mail, so it names items and the division, never a resident.
 */
export type ReminderMailInput = {
  fiscalYear: number;
  deadline: string;
  daysLeft: number;
  division: { th: string; en: string };
  items: { number: number; th: string; en: string }[];
  publicUrl: string;
};

export function composeReminderMail(input: ReminderMailInput): ComposedMail {
  const link = { th: `${input.publicUrl}/staff/ita?year=${input.fiscalYear}`, en: `${input.publicUrl}/en/staff/ita?year=${input.fiscalYear}` };
  const th = {
    headline: `ITA ${input.fiscalYear}: ${input.division.th} ยังขาดหลักฐาน ${input.items.length} รายการ`,
    lead: `กำหนดส่งการประเมิน ${input.deadline} (อีก ${input.daysLeft} วัน)`,
    items: input.items.map((i) => `O${i.number} ${i.th}`),
    linkLabel: "เปิดรายการตรวจสอบ",
  };
  const en = {
    headline: `ITA ${input.fiscalYear}: ${input.division.en} is missing evidence for ${input.items.length} ${input.items.length === 1 ? "item" : "items"}`,
    lead: `The assessment's deadline is ${input.deadline} (${input.daysLeft} ${input.daysLeft === 1 ? "day" : "days"} left)`,
    items: input.items.map((i) => `O${i.number} ${i.en}`),
    linkLabel: "Open the checklist",
  };
  const text = (p: typeof th, url: string) => [p.headline, "", p.lead, "", ...p.items.map((i) => `- ${i}`), "", `${p.linkLabel}: ${url}`].join("\n");
  const html = (p: typeof th, lang: string, url: string) =>
    `<div lang="${lang}"><h1>${escapeHtml(p.headline)}</h1><p>${escapeHtml(p.lead)}</p><ul>${p.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul><p><a href="${escapeHtml(url)}">${escapeHtml(p.linkLabel)}</a></p></div>`;
  return {
    subject: `ITA ${input.fiscalYear}: ขาดหลักฐาน ${input.items.length} รายการ | ${input.items.length} missing`,
    text: `${text(th, link.th)}\n\n----------\n\n${text(en, link.en)}`,
    html: `<!doctype html>\n<html lang="th"><head><meta charset="utf-8"></head><body>${html(th, "th", link.th)}<hr>${html(en, "en", link.en)}</body></html>\n`,
  };
}
