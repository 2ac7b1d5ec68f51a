import type { LocalizedText } from "@/lib/i18n/localized";
import type { FormDefinition, FormField } from "./form-definition";

const YES: LocalizedText = { th: "ใช่", en: "Yes" };
const NO: LocalizedText = { th: "ไม่ใช่", en: "No" };

/**
 * What a conditional question waits for, in words a reader of the public manual follows:
 * the earlier question's label and the answers that call for it. Null for a question
 * always asked (or a condition naming no question, which the definition refuses anyway).
 */
export function conditionWording(field: FormField, form: FormDefinition): { question: LocalizedText; answers: LocalizedText[] } | null {
  const condition = field.showWhen;
  if (!condition) return null;
  const source = form.fields.find((f) => f.key === condition.field);
  if (!source) return null;
  const answers = condition.in.map((wanted): LocalizedText => {
    if (typeof wanted === "boolean") return wanted ? YES : NO;
    const choice = "choices" in source ? source.choices.find((c) => c.value === wanted) : undefined;
    return choice ? choice.label : { th: wanted, en: wanted };
  });
  return { question: source.label, answers };
}
