import type { LocalizedText } from "@/lib/i18n/localized";
import type { FormDefinition } from "@/lib/services/form-definition";
import type { EligibilityRule } from "./rules";

/**
 * A rule in plain words for the public manual, under the criteria: what the system checks
 * from the card and the answers before a request is filed.
 */
const THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function describeRule(rule: EligibilityRule, form: FormDefinition): LocalizedText {
  switch (rule.kind) {
    case "age": {
      const bounds = {
        th: [rule.min !== undefined ? `${rule.min} ปีบริบูรณ์ขึ้นไป` : "", rule.max !== undefined ? `ไม่เกิน ${rule.max} ปี` : ""].filter(Boolean).join(" และ"),
        en: [rule.min !== undefined ? `${rule.min} or over` : "", rule.max !== undefined ? `no more than ${rule.max}` : ""].filter(Boolean).join(" and "),
      };
      const day = Number(rule.countedTo.slice(3));
      const month = Number(rule.countedTo.slice(0, 2)) - 1;
      const when =
        rule.on === "today"
          ? { th: "ณ วันที่ยื่นคำขอ", en: "on the day you apply" }
          : {
              th: `ณ วันที่ ${day} ${THAI_MONTHS[month]} ของปีงบประมาณ${rule.on === "next_fiscal_year" ? "ถัดไป" : "ที่ยื่น"}`,
              en: `on ${day} ${ENGLISH_MONTHS[month]} of the ${rule.on === "next_fiscal_year" ? "next" : "current"} fiscal year`,
            };
      return { th: `อายุ ${bounds.th} ${when.th} (จากวันเกิดในบัตร)`, en: `Aged ${bounds.en} ${when.en} (from the birth date on your card)` };
    }
    case "resident": {
      const thai = `ตำบล${rule.area.subdistrict} อำเภอ${rule.area.district} จังหวัด${rule.area.province}`;
      const area = rule.area.label ?? { th: thai, en: thai };
      return {
        th: `มีชื่อในทะเบียนบ้านใน${area.th} (จากที่อยู่ในบัตร)`,
        en: `Registered in a house register in ${area.en} (from the address on your card)`,
      };
    }
    case "thai_nationality":
      return { th: "มีสัญชาติไทย", en: "Thai nationality" };
    case "answer": {
      const field = form.fields.find((f) => f.key === rule.field);
      const label = field?.label ?? { th: rule.field, en: rule.field };
      const choice = (value: string | boolean): LocalizedText => {
        if (typeof value === "boolean") return value ? { th: "ใช่", en: "yes" } : { th: "ไม่ใช่", en: "no" };
        const found = field && "choices" in field ? field.choices.find((c) => c.value === value) : undefined;
        return found?.label ?? { th: value, en: value };
      };
      const allowed = rule.in.map(choice);
      return {
        th: `คำตอบข้อ “${label.th}” คือ ${allowed.map((a) => a.th).join(" หรือ ")}`,
        en: `Your answer to “${label.en}” is ${allowed.map((a) => a.en).join(" or ")}`,
      };
    }
  }
}
