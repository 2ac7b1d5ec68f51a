import { describe, expect, it } from "vitest";
import { validateAnswers } from "./answers";
import { formDefinition, type FormDefinitionInput } from "./form-definition";

const label = (en: string) => ({ th: `ไทย ${en}`, en });

const repairForm = formDefinition.parse({
  fields: [
    {
      key: "problem",
      type: "single",
      label: label("Problem"),
      required: true,
      order: 0,
      choices: [
        { value: "street_light", label: label("Street light") },
        { value: "road", label: label("Road") },
      ],
    },
    { key: "location", type: "text", label: label("Location"), required: true, order: 1, maxLength: 20 },
    { key: "poleNumber", type: "text", label: label("Pole number"), required: false, order: 2 },
    { key: "households", type: "number", label: label("Households"), required: false, order: 3, min: 1, max: 500, integer: true },
    { key: "noticedOn", type: "date", label: label("Noticed on"), required: false, order: 4, notAfter: "today" },
    { key: "urgent", type: "yesno", label: label("Urgent"), required: false, order: 5 },
    {
      key: "hazards",
      type: "multi",
      label: label("Hazards"),
      required: false,
      order: 6,
      maxSelected: 2,
      choices: [
        { value: "wire", label: label("Wire") },
        { value: "dark", label: label("Dark") },
        { value: "flood", label: label("Flood") },
      ],
    },
    { key: "phone", type: "text", format: "phone", label: label("Phone"), required: false, order: 7 },
    { key: "photos", type: "file", label: label("Photos"), required: false, order: 8, accept: ["image/jpeg"], maxFiles: 2 },
  ],
} satisfies FormDefinitionInput);

const today = "2026-11-24";

describe("validateAnswers", () => {
  it("accepts a complete answer and normalises values", () => {
    const result = validateAnswers(
      repairForm,
      {
        problem: "street_light",
        location: "  หน้าวัดก้อ  ",
        households: "12",
        noticedOn: "2026-11-20",
        urgent: "yes",
        hazards: ["dark", "wire", "dark"],
        phone: "081-234-5678",
      },
      today,
    );
    expect(result).toEqual({
      ok: true,
      answers: {
        problem: "street_light",
        location: "หน้าวัดก้อ",
        households: 12,
        noticedOn: "2026-11-20",
        urgent: true,
        hazards: ["wire", "dark"],
        phone: "0812345678",
      },
    });
  });

  it("reports every problem at once, by field, as codes", () => {
    const result = validateAnswers(
      repairForm,
      {
        problem: "volcano",
        location: "x".repeat(21),
        households: "0",
        noticedOn: "2026-12-01",
        hazards: ["wire", "dark", "flood"],
        phone: "12345",
        extra: "sneaky",
      },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      problem: { code: "invalidChoice" },
      location: { code: "tooLong", limit: 20 },
      households: { code: "tooSmall", limit: 1 },
      noticedOn: { code: "dateAfterToday" },
      hazards: { code: "tooManyChoices", limit: 2 },
      phone: { code: "invalidPhone" },
      extra: { code: "unknownField" },
    });
  });

  it("refuses unknown keys, __proto__ and the names of Object's own properties included", () => {
    // As JSON.parse leaves them: "__proto__" an own key, not the prototype.
    const input = JSON.parse('{"problem": "road", "location": "ซอย 2", "__proto__": {"admin": true}, "constructor": "x"}') as Record<string, unknown>;
    const result = validateAnswers(repairForm, input, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["__proto__", "constructor"]);
    expect(result.errors["__proto__"]).toEqual({ code: "unknownField" });
  });

  it("treats blank and whitespace-only answers as missing", () => {
    const result = validateAnswers(repairForm, { problem: "", location: "   " }, today);
    expect(result).toEqual({ ok: false, errors: { problem: { code: "required" }, location: { code: "required" } } });
  });

  it("counts Thai characters, not bytes, against the length limit", () => {
    const twenty = "ก".repeat(20);
    expect(validateAnswers(repairForm, { problem: "road", location: twenty }, today).ok).toBe(true);
  });

  it("rejects numbers that are not numbers or not whole", () => {
    const base = { problem: "road", location: "x" };
    expect(validateAnswers(repairForm, { ...base, households: "abc" }, today)).toMatchObject({ errors: { households: { code: "notANumber" } } });
    expect(validateAnswers(repairForm, { ...base, households: 2.5 }, today)).toMatchObject({ errors: { households: { code: "notAnInteger" } } });
    expect(validateAnswers(repairForm, { ...base, households: "Infinity" }, today)).toMatchObject({ errors: { households: { code: "notANumber" } } });
  });

  it("rejects impossible dates", () => {
    expect(validateAnswers(repairForm, { problem: "road", location: "x", noticedOn: "2026-02-30" }, today)).toMatchObject({
      errors: { noticedOn: { code: "invalidDate" } },
    });
  });

  it("accepts only files of an allowed type and size", () => {
    const base = { problem: "road", location: "x" };
    const jpeg = { id: "f1", name: "a.jpg", type: "image/jpeg", size: 1000 };
    expect(validateAnswers(repairForm, { ...base, photos: [jpeg] }, today).ok).toBe(true);
    expect(validateAnswers(repairForm, { ...base, photos: [{ ...jpeg, type: "text/html" }] }, today).ok).toBe(false);
    expect(validateAnswers(repairForm, { ...base, photos: [{ ...jpeg, size: 11 * 1024 * 1024 }] }, today).ok).toBe(false);
    expect(validateAnswers(repairForm, { ...base, photos: [jpeg, jpeg, jpeg] }, today).ok).toBe(false);
  });

  it("accepts phone numbers in the usual Thai ways", () => {
    for (const phone of ["0812345678", "081 234 5678", "+66812345678", "053-123456"]) {
      expect(validateAnswers(repairForm, { problem: "road", location: "x", phone }, today).ok).toBe(true);
    }
  });
});

describe("formDefinition", () => {
  it("refuses duplicate keys and duplicate choices", () => {
    const field = { key: "a", type: "text", label: label("A"), required: true, order: 0 } as const;
    expect(formDefinition.safeParse({ fields: [field, { ...field, order: 1 }] }).success).toBe(false);
    const single = {
      key: "b",
      type: "single",
      label: label("B"),
      required: true,
      order: 0,
      choices: [
        { value: "x", label: label("X") },
        { value: "x", label: label("Y") },
      ],
    } as const;
    expect(formDefinition.safeParse({ fields: [single] }).success).toBe(false);
  });

  it("requires both languages on every label", () => {
    const field = { key: "a", type: "text", label: { th: "ก", en: "" }, required: true, order: 0 };
    expect(formDefinition.safeParse({ fields: [field] }).success).toBe(false);
  });
});
