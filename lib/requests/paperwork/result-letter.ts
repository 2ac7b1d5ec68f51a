import type { LocalizedText } from "@/lib/i18n/localized";

/**
 * The result letter or registration slip a completed request prints. Each service may keep
 * its own template (Service.resultTemplateTh / En); an empty one prints the default letter.
 * Placeholders are `{name}`; unknown ones stay as written, so a typo shows on the proof
 * rather than vanishing.
 */
export const RESULT_PLACEHOLDERS = ["reference", "service", "applicant", "date", "officer", "result", "division"] as const;
export type ResultPlaceholder = (typeof RESULT_PLACEHOLDERS)[number];
export type ResultValues = Record<ResultPlaceholder, string>;

export const DEFAULT_RESULT_TEMPLATE: LocalizedText = {
  th: [
    "เรื่อง แจ้งผลการพิจารณาคำขอ{service}",
    "เรียน {applicant}",
    "ตามที่ท่านได้ยื่นคำขอ{service} เลขที่อ้างอิง {reference} ไว้ต่อเทศบาลตำบลก้อ นั้น",
    "{division} ได้พิจารณาดำเนินการแล้วเสร็จเมื่อวันที่ {date} ผลการพิจารณา: {result}",
    "จึงเรียนมาเพื่อโปรดทราบ",
  ].join("\n"),
  en: [
    "Subject: result of your application for {service}",
    "Dear {applicant},",
    "Your application for {service}, reference {reference}, filed with Ko Subdistrict Municipality,",
    "was completed by the {division} on {date}. Result: {result}",
    "Yours faithfully,",
  ].join("\n"),
};

/** The letter's paragraphs: the template (or the default) with its placeholders filled. */
export function resultLetter(template: string, fallback: string, values: ResultValues): string[] {
  const text = template.trim() === "" ? fallback : template;
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    (RESULT_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as ResultPlaceholder] : whole,
  );
  return filled.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
