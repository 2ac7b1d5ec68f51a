import { describe, expect, it } from "vitest";
import { validateAnswers } from "./answers";
import { shownFields } from "./conditions";
import { formDefinition, type FormDefinitionInput } from "./form-definition";

const label = (th: string) => ({ th, en: th });
const payment: FormDefinitionInput = {
  fields: [
    { key: "payBy", type: "single", label: label("วิธีรับเงิน"), required: true, order: 0, choices: [{ value: "cash", label: label("เงินสด") }, { value: "transfer", label: label("โอน") }] },
    { key: "bankName", type: "text", label: label("ธนาคาร"), required: true, order: 1, showWhen: { field: "payBy", in: ["transfer"] } },
    { key: "onBehalf", type: "yesno", label: label("ยื่นแทน"), required: true, order: 2 },
    { key: "representedId", type: "text", label: label("เลขประจำตัวผู้ที่ยื่นแทน"), required: true, order: 3, showWhen: { field: "onBehalf", in: [true] } },
    { key: "branch", type: "text", label: label("สาขา"), required: false, order: 4, showWhen: { field: "bankName", in: ["x"] } },
  ],
};
const TODAY = "2026-12-07";

describe("conditional questions", () => {
  it("are asked, and required, only after the answer that calls for them", () => {
    const form = formDefinition.safeParse({ ...payment, fields: payment.fields.slice(0, 4) });
    expect(form.success).toBe(true);
    const definition = form.data!;
    expect(shownFields(definition, { payBy: "cash", onBehalf: "no" }).map((f) => f.key)).toEqual(["payBy", "onBehalf"]);
    expect(shownFields(definition, { payBy: "transfer", onBehalf: "yes" }).map((f) => f.key)).toEqual(["payBy", "bankName", "onBehalf", "representedId"]);

    const missing = validateAnswers(definition, { payBy: "transfer", onBehalf: true }, TODAY);
    expect(missing).toEqual({ ok: false, errors: { bankName: { code: "required" }, representedId: { code: "required" } } });
    expect(validateAnswers(definition, { payBy: "cash", onBehalf: false }, TODAY)).toEqual({ ok: true, answers: { payBy: "cash", onBehalf: false } });
  });

  it("drop an answer sent for a hidden question: it is neither checked nor stored", () => {
    const definition = formDefinition.parse({ ...payment, fields: payment.fields.slice(0, 4) });
    const result = validateAnswers(definition, { payBy: "cash", bankName: "<script>x</script>".repeat(100), onBehalf: "no", representedId: "1" }, TODAY);
    expect(result).toEqual({ ok: true, answers: { payBy: "cash", onBehalf: false } });
  });

  it("a definition whose condition cannot work is refused, naming why", () => {
    const issues = (input: FormDefinitionInput) => formDefinition.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(issues(payment)).toEqual(["showWhen needs a choice or yes/no question, not text"]);
    const later = { fields: [{ ...payment.fields[1]!, order: 0 }, { ...payment.fields[0]!, order: 1 }] };
    expect(issues(later)).toEqual(["showWhen must name an earlier question than bankName"]);
    const wrongValue = { fields: [payment.fields[0]!, { ...payment.fields[1]!, showWhen: { field: "payBy", in: ["cheque"] } }] };
    expect(issues(wrongValue)).toEqual(["showWhen compares with a value payBy does not offer"]);
    const yesNoAsText = { fields: [payment.fields[2]!, { ...payment.fields[3]!, showWhen: { field: "onBehalf", in: ["yes"] } }] };
    expect(issues(yesNoAsText)).toEqual(["a yes/no question is compared with true or false"]);
  });

  it("a choice value that happens to read 'yes' compares as itself", () => {
    const definition = formDefinition.parse({
      fields: [
        { key: "agree", type: "single", label: label("a"), required: true, order: 0, choices: [{ value: "yes", label: label("y") }, { value: "later", label: label("l") }] },
        { key: "when", type: "text", label: label("w"), required: true, order: 1, showWhen: { field: "agree", in: ["later"] } },
      ],
    });
    expect(shownFields(definition, { agree: "yes" }).map((f) => f.key)).toEqual(["agree"]);
    expect(shownFields(definition, { agree: "later" }).map((f) => f.key)).toEqual(["agree", "when"]);
  });
});
