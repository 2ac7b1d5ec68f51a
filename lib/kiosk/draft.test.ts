import { describe, expect, it } from "vitest";
import type { FormField } from "@/lib/services/form-definition";
import { askedFields, asciiDigits, checkDrafts, dateDraftToValue, draftsToAnswers, orderedErrorKeys, withoutHiddenDrafts } from "./draft";

const label = { th: "ข้อ", en: "Question" };
const fields: FormField[] = [
  { key: "details", type: "longtext", label, required: true, order: 0, maxLength: 200 },
  { key: "poleNumber", type: "text", label, required: false, order: 1, maxLength: 20 },
  { key: "count", type: "number", label, required: false, order: 2, integer: true, min: 1 },
  { key: "when", type: "date", label, required: false, order: 3, notAfter: "today" },
  {
    key: "kind",
    type: "single",
    label,
    required: true,
    order: 4,
    choices: [
      { value: "light", label },
      { value: "road", label },
    ],
  },
  {
    key: "items",
    type: "multi",
    label,
    required: false,
    order: 5,
    choices: [
      { value: "a", label },
      { value: "b", label },
    ],
  },
  { key: "urgent", type: "yesno", label, required: true, order: 6 },
];

describe("dateDraftToValue", () => {
  it("takes a year above 2400 as Buddhist era", () => {
    expect(dateDraftToValue({ day: "5", month: "1", year: "2569" })).toBe("2026-01-05");
    expect(dateDraftToValue({ day: "05", month: "01", year: "2026" })).toBe("2026-01-05");
  });
  it("reads Thai digits", () => {
    expect(dateDraftToValue({ day: "๑๕", month: "๒", year: "๒๕๖๙" })).toBe("2026-02-15");
  });
  it("sends an incomplete date as typed so the server can refuse it", () => {
    expect(dateDraftToValue({ day: "", month: "", year: "" })).toBe("");
    expect(dateDraftToValue({ day: "3", month: "", year: "2569" })).toBe("2026-00-03");
  });
});

describe("draftsToAnswers", () => {
  it("leaves empty answers out and converts each type", () => {
    expect(
      draftsToAnswers(fields, {
        details: "ไฟดับ",
        poleNumber: "  ",
        count: "๓",
        when: { day: "1", month: "2", year: "2569" },
        kind: "light",
        items: [],
        urgent: false,
      }),
    ).toEqual({ details: "ไฟดับ", count: "3", when: "2026-02-01", kind: "light", urgent: false });
  });
});

describe("checkDrafts", () => {
  it("reports the form's required answers and the contact phone", () => {
    const errors = checkDrafts(fields, {}, "", "2026-02-01");
    expect(errors).toEqual({
      details: { code: "required" },
      kind: { code: "required" },
      urgent: { code: "required" },
      contactPhone: { code: "required" },
    });
  });
  it("checks the phone number and the server's limits", () => {
    const errors = checkDrafts(
      fields,
      { details: "x", kind: "road", urgent: true, count: "0", when: { day: "2", month: "2", year: "2569" } },
      "12345",
      "2026-02-01",
    );
    expect(errors).toEqual({
      count: { code: "tooSmall", limit: 1 },
      when: { code: "dateAfterToday" },
      contactPhone: { code: "invalidPhone" },
    });
  });
  it("accepts a Thai mobile number typed in Thai digits", () => {
    expect(checkDrafts(fields, { details: "x", kind: "road", urgent: true }, "๐๘๑-๒๓๔-๕๖๗๘", "2026-02-01")).toEqual({});
  });
});

describe("orderedErrorKeys", () => {
  it("follows the screen's order, unknown keys last", () => {
    expect(orderedErrorKeys(fields, { extra: { code: "unknownField" }, contactPhone: { code: "required" }, urgent: { code: "required" }, details: { code: "required" } })).toEqual([
      "details",
      "urgent",
      "contactPhone",
      "extra",
    ]);
  });
});

describe("asciiDigits", () => {
  it("changes only Thai digits", () => {
    expect(asciiDigits("โทร ๐๘๑")).toBe("โทร 081");
  });
});

// Bank details only for a transfer; the represented person's ID only when filing for them.
const conditional: FormField[] = [
  { key: "payBy", type: "single", label, required: true, order: 0, choices: [{ value: "cash", label }, { value: "transfer", label }] },
  { key: "bankAccount", type: "text", label, required: true, order: 1, maxLength: 20, showWhen: { field: "payBy", in: ["transfer"] } },
  { key: "onBehalf", type: "yesno", label, required: true, order: 2 },
  { key: "representedId", type: "text", label, required: true, order: 3, maxLength: 13, showWhen: { field: "onBehalf", in: [true] } },
];
const keys = (list: readonly FormField[]) => list.map((field) => field.key);

describe("conditional questions at the kiosk", () => {
  it("asks a question as soon as the earlier answer calls for it", () => {
    expect(keys(askedFields(conditional, {}))).toEqual(["payBy", "onBehalf"]);
    expect(keys(askedFields(conditional, { payBy: "transfer" }))).toEqual(["payBy", "bankAccount", "onBehalf"]);
    expect(keys(askedFields(conditional, { payBy: "transfer", onBehalf: true }))).toEqual(["payBy", "bankAccount", "onBehalf", "representedId"]);
    expect(keys(askedFields(conditional, { payBy: "cash", onBehalf: false }))).toEqual(["payBy", "onBehalf"]);
  });

  it("drops a hidden question's draft, so it is neither sent nor shown again", () => {
    const typed = { payBy: "cash", bankAccount: "123-4-56789-0", onBehalf: true, representedId: "3500100000000" };
    expect(withoutHiddenDrafts(conditional, typed)).toEqual({ payBy: "cash", onBehalf: true, representedId: "3500100000000" });
    expect(draftsToAnswers(conditional, typed)).toEqual({ payBy: "cash", onBehalf: true, representedId: "3500100000000" });
  });

  it("requires a conditional question only while it is asked", () => {
    expect(checkDrafts(conditional, { payBy: "transfer", onBehalf: false }, "0812345678", "2026-02-01")).toEqual({ bankAccount: { code: "required" } });
    expect(checkDrafts(conditional, { payBy: "cash", onBehalf: false }, "0812345678", "2026-02-01")).toEqual({});
  });
});
