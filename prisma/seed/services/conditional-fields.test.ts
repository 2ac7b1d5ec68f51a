import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/services/answers";
import type { FormField } from "@/lib/services/form-definition";
import { serviceDefinition } from "@/lib/services/service-definition";
import { seedServices } from "./index";

const TODAY = "2026-12-07";
const services = seedServices.map((input) => serviceDefinition.parse(input));

/** An acceptable answer to every question, so each test changes only what it is about. */
function validAnswer(field: FormField): unknown {
  switch (field.type) {
    case "text":
    case "longtext":
      return "ข้อความ";
    case "number":
      return field.min ?? 1;
    case "date":
      return TODAY;
    case "single":
      return field.choices[0]!.value;
    case "multi":
      return [field.choices[0]!.value];
    case "yesno":
      return true;
    case "file":
      return [{ id: "f1", name: "a.pdf", type: field.accept[0], size: 1000 }];
  }
}

/** An answer of the condition's question that does not call for the conditional one, if it has one. */
function otherAnswer(source: FormField, wanted: readonly (string | boolean)[]): unknown {
  if (source.type === "yesno") return !wanted[0];
  if (source.type !== "single" && source.type !== "multi") return undefined;
  const other = source.choices.find((choice) => !wanted.includes(choice.value))?.value;
  return other === undefined ? undefined : source.type === "multi" ? [other] : other;
}

const conditional = services.flatMap((service) =>
  service.form.fields.filter((field) => field.showWhen).map((field) => ({ service, field, source: service.form.fields.find((f) => f.key === field.showWhen!.field)! })),
);

describe("seeded conditional questions", () => {
  it("are used where a question is needed only after an earlier answer", () => {
    const keys = (code: string) => conditional.filter((c) => c.service.code === code).map((c) => c.field.key);
    for (const code of ["ELDERLY_ALLOWANCE", "DISABILITY_ALLOWANCE", "HIV_ALLOWANCE"]) {
      expect(keys(code)).toEqual(expect.arrayContaining(["bankName", "bankAccountNumber", "representativeName"]));
    }
    for (const code of ["ELDERLY_ALLOWANCE", "DISABILITY_ALLOWANCE"]) {
      expect(keys(code)).toEqual(expect.arrayContaining(["beneficiaryName", "beneficiaryCitizenId"]));
    }
    expect(keys("LAND_BUILDING_TAX")).toEqual(expect.arrayContaining(["objectedNoticeNumber", "objectionReason"]));
    // Needed once asked: a transfer without an account number cannot be paid.
    const needed = ["bankName", "bankAccountNumber", "representativeName", "beneficiaryName", "beneficiaryCitizenId", "objectedNoticeNumber", "objectionReason"];
    for (const { field } of conditional.filter((c) => needed.includes(c.field.key))) expect(field.required).toBe(true);
  });

  it.each(conditional.map((c) => [`${c.service.code}.${c.field.key}`, c] as const))("%s is required when shown and dropped when hidden", (_name, { service, field, source }) => {
    const all = Object.fromEntries(service.form.fields.map((f) => [f.key, validAnswer(f)]));
    const calling = source.type === "multi" ? [field.showWhen!.in[0]] : field.showWhen!.in[0];

    const { [field.key]: _left, ...withoutIt } = all;
    const shown = validateAnswers(service.form, { ...withoutIt, [source.key]: calling }, TODAY);
    if (field.required) expect(shown).toEqual({ ok: false, errors: { [field.key]: { code: "required" } } });
    else expect(shown.ok).toBe(true);

    const other = otherAnswer(source, field.showWhen!.in);
    expect(other).not.toBeUndefined();
    const hidden = validateAnswers(service.form, { ...all, [source.key]: other }, TODAY);
    expect(hidden.ok).toBe(true);
    if (hidden.ok) expect(Object.keys(hidden.answers)).not.toContain(field.key);
  });
});
