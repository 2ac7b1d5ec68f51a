import type { LocalizedText } from "@/lib/i18n/localized";
import type { RuleKind } from "./rules";

/**
 * Why a rule could not decide, worded for the officer who checks it (the staff request page
 * shows these under "check eligibility"). Stored with the request, so the words a filing
 * was flagged with stay as they were.
 */
export type UndecidedCode =
  | "birth_date_missing"
  | "birth_date_partial"
  | "address_unstructured"
  | "nationality_unclear"
  | "not_answered"
  | "about_someone_else";

const RULE: Record<RuleKind, LocalizedText> = {
  age: { th: "อายุ", en: "age" },
  resident: { th: "ภูมิลำเนาในเขตเทศบาล", en: "registered address in the municipality" },
  thai_nationality: { th: "สัญชาติไทย", en: "Thai nationality" },
  answer: { th: "คำตอบในแบบคำขอ", en: "an answer on the form" },
};

const REASON: Record<UndecidedCode, LocalizedText> = {
  birth_date_missing: { th: "ไม่มีวันเกิดของผู้ยื่น", en: "the applicant's birth date is not known" },
  birth_date_partial: {
    th: "วันเกิดในบัตรมีเฉพาะปี (หรือปีและเดือน) ตรวจสอบกับทะเบียนราษฎร",
    en: "the card's birth date has the year only (or year and month); check the civil register",
  },
  address_unstructured: {
    th: "ที่อยู่พิมพ์เอง ไม่ได้อ่านจากชิปบัตร ตรวจสอบทะเบียนบ้าน",
    en: "the address was typed, not read from the card chip; check the house registration",
  },
  nationality_unclear: {
    th: "เลขประจำตัวประชาชนประเภทนี้ (ขึ้นต้นด้วย 3, 4 หรือ 8) มีทั้งผู้มีสัญชาติไทยและคนต่างด้าว ตรวจสอบสัญชาติ",
    en: "citizen IDs of this type (starting 3, 4 or 8) are held by Thai nationals and by aliens; check the nationality",
  },
  not_answered: { th: "ผู้ยื่นไม่ได้ตอบคำถามที่ใช้ตรวจคุณสมบัติ", en: "the question this depends on was not answered" },
  about_someone_else: {
    th: "ยื่นแทนผู้อื่น ข้อมูลในบัตรเป็นของผู้ยื่น ตรวจสอบคุณสมบัติของผู้มีสิทธิ",
    en: "filed on someone else's behalf: the card is the applicant's, so check the beneficiary",
  },
};

export function undecidedReason(rule: RuleKind, code: UndecidedCode): LocalizedText {
  return { th: `${RULE[rule].th}: ${REASON[code].th}`, en: `${cap(RULE[rule].en)}: ${REASON[code].en}` };
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
