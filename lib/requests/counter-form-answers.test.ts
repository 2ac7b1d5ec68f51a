import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/services/answers";
import { formDefinition } from "@/lib/services/form-definition";
import { answersFromForm } from "./counter-form-answers";

const label = (en: string) => ({ th: `ไทย ${en}`, en });
const definition = formDefinition.parse({
  fields: [
    { key: "location", type: "text", label: label("Location"), required: true, order: 0 },
    { key: "hazards", type: "multi", label: label("Hazards"), required: false, order: 1, choices: [{ value: "wire", label: label("Wire") }, { value: "dark", label: label("Dark") }] },
  ],
});

describe("answersFromForm", () => {
  it("reads each question's answer, several for a multiple choice", () => {
    const form = new FormData();
    form.append("locale", "th");
    form.append("answer.location", "ซอย 2");
    form.append("answer.hazards", "wire");
    form.append("answer.hazards", "dark");
    expect({ ...answersFromForm(form, definition) }).toEqual({ location: "ซอย 2", hazards: ["wire", "dark"] });
  });

  it("passes on answers the form does not ask, __proto__ included, so they are refused", () => {
    const form = new FormData();
    form.append("answer.location", "ซอย 2");
    form.append("answer.__proto__", "x");
    form.append("answer.extra", "y");
    const result = validateAnswers(definition, answersFromForm(form, definition), "2026-12-06");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["__proto__", "extra"]);
  });
});

describe("answersFromForm with a conditional question", () => {
  const conditional = formDefinition.parse({
    fields: [
      { key: "payBy", type: "single", label: label("Paid by"), required: true, order: 0, choices: [{ value: "cash", label: label("Cash") }, { value: "transfer", label: label("Transfer") }] },
      { key: "bankAccount", type: "text", label: label("Account"), required: true, order: 1, showWhen: { field: "payBy", in: ["transfer"] } },
    ],
  });

  it("requires the question once the calling answer is given, and drops it otherwise", () => {
    const transfer = new FormData();
    transfer.append("answer.payBy", "transfer");
    expect(validateAnswers(conditional, answersFromForm(transfer, conditional), "2026-12-06")).toEqual({ ok: false, errors: { bankAccount: { code: "required" } } });

    // A stale input posted anyway (a page without JavaScript, a forged post) is not stored.
    const cash = new FormData();
    cash.append("answer.payBy", "cash");
    cash.append("answer.bankAccount", "123-4-56789-0");
    const result = validateAnswers(conditional, answersFromForm(cash, conditional), "2026-12-06");
    expect(result.ok && { ...result.answers }).toEqual({ payBy: "cash" });
  });
});
