import { describe, expect, it } from "vitest";
import { conditionWording } from "./condition-wording";
import { formDefinition } from "./form-definition";

const label = (en: string) => ({ th: `ไทย ${en}`, en });
const form = formDefinition.parse({
  fields: [
    { key: "payBy", type: "single", label: label("Paid by"), required: true, order: 0, choices: [{ value: "cash", label: label("Cash") }, { value: "transfer", label: label("Transfer") }] },
    { key: "bankAccount", type: "text", label: label("Account"), required: true, order: 1, showWhen: { field: "payBy", in: ["transfer"] } },
    { key: "onBehalf", type: "yesno", label: label("On behalf"), required: true, order: 2 },
    { key: "theirId", type: "text", label: label("Their ID"), required: true, order: 3, showWhen: { field: "onBehalf", in: [true] } },
  ],
});

describe("conditionWording", () => {
  it("names the calling question and its answers by their labels", () => {
    expect(conditionWording(form.fields[1]!, form)).toEqual({ question: label("Paid by"), answers: [label("Transfer")] });
    expect(conditionWording(form.fields[3]!, form)).toEqual({ question: label("On behalf"), answers: [{ th: "ใช่", en: "Yes" }] });
    expect(conditionWording(form.fields[0]!, form)).toBeNull();
  });
});
