import { describe, expect, it } from "vitest";
import { seedServices } from "@/prisma/seed/services";
import { serviceDefinition } from "@/lib/services/service-definition";
import { definitionInput, draftErrorKey, draftErrors, draftFromCandidate, emptyDraft, type ServiceDraft } from "./service-draft";
import { draftFromFormData } from "./service-draft-form";
import { applyIntent, parseIntent } from "./service-draft-intents";
import { validateService } from "./validate-service";

/** The form the editor posts for a draft (inputs named by their place in the draft). */
function posted(draft: ServiceDraft): FormData {
  const form = new FormData();
  const pair = (name: string, value: { th: string; en: string }) => {
    form.append(`${name}.th`, value.th);
    form.append(`${name}.en`, value.en);
  };
  const check = (name: string, on: boolean) => on && form.append(name, "on");
  form.append("code", draft.code);
  form.append("division", draft.division);
  form.append("category", draft.category);
  pair("name", draft.name);
  pair("description", draft.description);
  form.append("workingDays", draft.workingDays);
  form.append("basis", draft.basis);
  pair("note", draft.note);
  form.append("feeMode", draft.charged ? "charged" : "none");
  pair("fee", draft.fee);
  pair("criteria", draft.criteria);
  pair("legalBasis", draft.legalBasis);
  draft.documents.forEach((d, i) => pair(`documents.${i}`, d));
  draft.steps.forEach((s, i) => {
    pair(`steps.${i}`, s);
    form.append(`steps.${i}.minutes`, s.minutes);
  });
  draft.channels.forEach((c) => form.append("channels", c));
  form.set("location", draft.location);
  form.set("identityCheck", draft.identityCheck);
  form.set("kind", draft.kind);
  form.set("acknowledgeWorkingDays", draft.acknowledgeWorkingDays);
  form.append("keywords", draft.keywords);
  check("active", draft.active);
  draft.fields.forEach((f, i) => {
    const p = `fields.${i}`;
    form.append(`${p}.key`, f.key);
    form.append(`${p}.type`, f.type);
    pair(`${p}.label`, f.label);
    pair(`${p}.help`, f.help);
    check(`${p}.required`, f.required);
    for (const name of ["maxLength", "min", "max", "maxSelected", "maxFiles", "maxSizeMb"] as const) form.append(`${p}.${name}`, f[name]);
    for (const name of ["phone", "integer", "notBeforeToday", "notAfterToday"] as const) check(`${p}.${name}`, f[name]);
    pair(`${p}.unit`, f.unit);
    f.choices.forEach((c, j) => {
      form.append(`${p}.choices.${j}.value`, c.value);
      pair(`${p}.choices.${j}.label`, c.label);
    });
    f.accept.forEach((a) => form.append(`${p}.accept`, a));
    // The condition's select is always posted ("" = always asked), its ticked answers beside it.
    form.append(`${p}.showWhen.field`, f.showWhen.field);
    f.showWhen.values.forEach((v) => form.append(`${p}.showWhen.in`, v));
  });
  draft.routing.forEach((r, i) => {
    form.append(`routing.${i}.when`, `${r.field}=${r.equals}`);
    form.append(`routing.${i}.division`, r.division);
  });
  form.append("eligibility", draft.eligibility);
  return form;
}

describe("service drafts", () => {
  it.each(seedServices.map((s) => [s.code, s] as const))("%s survives draft -> form post -> definition unchanged", (_code, input) => {
    const definition = serviceDefinition.parse(input);
    const draft = draftFromCandidate(definition);
    const again = serviceDefinition.parse(definitionInput(draftFromFormData(posted(draft))));
    expect(again).toEqual(definition);
  });

  it("names eligibility rules that are not JSON or not valid rules beside their text box", () => {
    const draft = draftFromCandidate(serviceDefinition.parse(seedServices[0]));
    for (const eligibility of ["[{", '[{"kind":"age","message":{"th":"x","en":"x"},"advice":{"th":"y","en":"y"}}]', '[{"kind":"answer","field":"noSuchQuestion","in":[true],"message":{"th":"x","en":"x"},"advice":{"th":"y","en":"y"}}]']) {
      const checked = validateService(definitionInput({ ...draft, eligibility }));
      expect(checked.ok, eligibility).toBe(false);
      if (!checked.ok) expect(Object.keys(draftErrors(checked.errors)), eligibility).toContain("eligibility");
    }
  });

  it("keeps typed numbers as text until saved, and names a non-number", () => {
    const draft = { ...draftFromCandidate(serviceDefinition.parse(seedServices[0])), workingDays: "seven" };
    const checked = validateService(definitionInput(draft));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors["processing.workingDays"]).toEqual({ code: "notANumber" });
    expect(draftErrorKey("processing.workingDays")).toBe("workingDays");
  });

  it("an empty optional pair is left out, a half-filled one is named", () => {
    const base = draftFromCandidate(serviceDefinition.parse(seedServices[0]));
    const none = definitionInput({ ...base, note: { th: "", en: "" } });
    expect((none.processing as { note?: unknown }).note).toBeUndefined();
    const half = validateService(definitionInput({ ...base, note: { th: "เปิดรับเดือนมกราคม", en: " " } }));
    expect(half.ok).toBe(false);
    if (!half.ok) expect(half.errors["processing.note.en"]).toEqual({ code: "required" });
  });

  it("a new draft fails with every missing item named, not one at a time", () => {
    const checked = validateService(definitionInput(emptyDraft()));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(Object.keys(checked.errors)).toEqual(
        expect.arrayContaining(["code", "division", "category", "name.th", "name.en", "processing.workingDays", "criteria.th", "steps.0.th"]),
      );
    }
  });

  it("maps definition paths to editor inputs", () => {
    expect(draftErrorKey("form.fields.2.label.th")).toBe("fields.2.label.th");
    expect(draftErrorKey("form.fields.1")).toBe("fields.1.min");
    expect(draftErrorKey("keywords.3")).toBe("keywords");
    expect(draftErrorKey("routing.0.field")).toBe("routing.0.when");
    expect(draftErrorKey("processing.note.en")).toBe("note.en");
    expect(draftErrorKey("documents.1.th")).toBe("documents.1.th");
  });

  it("routes yes/no answers as booleans and choices as text", () => {
    const draft = emptyDraft();
    draft.fields = [
      { ...draftFromCandidate({ form: { fields: [{ key: "owner", type: "yesno" }] } }).fields[0]! },
      { ...draftFromCandidate({ form: { fields: [{ key: "topic", type: "single", choices: [] }] } }).fields[0]! },
    ];
    draft.routing = [
      { field: "owner", equals: "false", division: "PALAD" },
      { field: "topic", equals: "roads", division: "ENGINEERING" },
    ];
    expect(definitionInput(draft).routing).toEqual([
      { field: "owner", equals: false, division: "PALAD" },
      { field: "topic", equals: "roads", division: "ENGINEERING" },
    ]);
  });
});

describe("conditional questions in the editor", () => {
  const label = (en: string) => ({ th: `ไทย ${en}`, en });
  const candidate = {
    ...serviceDefinition.parse(seedServices[0]),
    // The seed's rules name questions this form replaces.
    eligibility: [],
    form: {
      fields: [
        { key: "payBy", type: "single", label: label("Paid by"), required: true, order: 0, choices: [{ value: "cash", label: label("Cash") }, { value: "transfer", label: label("Transfer") }] },
        { key: "bankAccount", type: "text", label: label("Account"), required: true, order: 1, maxLength: 20, showWhen: { field: "payBy", in: ["transfer"] } },
        { key: "onBehalf", type: "yesno", label: label("On behalf"), required: true, order: 2 },
        { key: "representedId", type: "text", label: label("Their ID"), required: true, order: 3, maxLength: 13, showWhen: { field: "onBehalf", in: [true] } },
      ],
    },
  };

  it("are kept through an edit and a save, yes/no answers as booleans", () => {
    const draft = draftFromFormData(posted(draftFromCandidate(candidate)));
    expect(draft.fields.map((f) => f.showWhen)).toEqual([
      { field: "", values: [] },
      { field: "payBy", values: ["transfer"] },
      { field: "", values: [] },
      { field: "onBehalf", values: ["true"] },
    ]);
    const saved = validateService(definitionInput(draft));
    expect(saved.ok).toBe(true);
    if (saved.ok) {
      expect(saved.definition.form.fields.map((f) => f.showWhen)).toEqual([undefined, { field: "payBy", in: ["transfer"] }, undefined, { field: "onBehalf", in: [true] }]);
    }
  });

  it("are set and cleared from the posted form", () => {
    const form = posted(draftFromCandidate(candidate));
    form.set("fields.1.showWhen.field", "");
    form.delete("fields.1.showWhen.in");
    form.set("fields.3.showWhen.field", "payBy");
    form.set("fields.3.showWhen.in", "cash");
    form.append("fields.3.showWhen.in", "transfer");
    const saved = validateService(definitionInput(draftFromFormData(form)));
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(saved.definition.form.fields.map((f) => f.showWhen)).toEqual([undefined, undefined, undefined, { field: "payBy", in: ["cash", "transfer"] }]);
  });

  it("that cannot work are refused beside the question, with a code each screen words", () => {
    const draft = draftFromCandidate(candidate);
    const errorsOf = (changed: ServiceDraft) => {
      const checked = validateService(definitionInput(changed));
      return checked.ok ? null : draftErrors(checked.errors);
    };
    const refused = (change: (d: ServiceDraft) => void) => {
      const copy = structuredClone(draft);
      change(copy);
      return errorsOf(copy);
    };
    expect(refused((d) => (d.fields[1]!.showWhen.values = []))).toEqual({ "fields.1.showWhen": { code: "showWhenNoAnswers" } });
    expect(refused((d) => (d.fields[1]!.showWhen.field = "nothing"))).toEqual({ "fields.1.showWhen": { code: "showWhenUnknownQuestion" } });
    expect(refused((d) => (d.fields[1]!.showWhen.values = ["cheque"]))).toEqual({ "fields.1.showWhen": { code: "showWhenUnknownAnswer" } });
    expect(refused((d) => (d.fields[3]!.showWhen.values = ["maybe"]))).toEqual({ "fields.3.showWhen": { code: "showWhenUnknownAnswer" } });
    expect(refused((d) => (d.fields[3]!.showWhen = { field: "bankAccount", values: ["x"] }))).toEqual({ "fields.3.showWhen": { code: "showWhenNotAChoice" } });
    // The calling question moved below the one it calls for: the condition is kept, and refused.
    expect(errorsOf(applyIntent(draft, { kind: "field.down", index: 0 }))).toEqual({ "fields.0.showWhen": { code: "showWhenNotEarlier" } });
  });
});

describe("photocopy demands", () => {
  it("are refused beside the document that asks for one", () => {
    const base = serviceDefinition.parse(seedServices[0]);
    const draft = draftFromCandidate(base);
    draft.documents = [
      { th: "โฉนดที่ดิน (ฉบับจริง)", en: "Land title deed (original)" },
      { th: "สำเนาทะเบียนบ้าน 1 ฉบับ", en: "House registration" },
      { th: "หนังสือมอบอำนาจ", en: "A copy of your ID card" },
    ];
    const checked = validateService(definitionInput(draft));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors).toMatchObject({ "documents.1.th": { code: "photocopy" }, "documents.2.en": { code: "photocopy" } });
      expect(checked.errors["documents.0.th"]).toBeUndefined();
      expect(checked.errors["documents.1.en"]).toBeUndefined();
    }
  });
});

describe("editor row buttons", () => {
  // A form without conditions: moving its first question down keeps it valid.
  const plain = seedServices.find((s) => (s.form?.fields?.length ?? 0) >= 3 && !s.form.fields.some((f) => f.showWhen))!;
  const draft = draftFromCandidate(serviceDefinition.parse(plain));

  it("parse only what the editor posts", () => {
    expect(parseIntent("field.up:2")).toEqual({ kind: "field.up", index: 2 });
    expect(parseIntent("choice.remove:1:0")).toEqual({ kind: "choice.remove", index: 1, choice: 0 });
    expect(parseIntent("field.add:single")).toEqual({ kind: "field.add", type: "single" });
    expect(parseIntent("field.add:script")).toBeNull();
    expect(parseIntent("field.up:-1")).toBeNull();
    expect(parseIntent("drop.table:1")).toBeNull();
    expect(parseIntent(null)).toBeNull();
  });

  it("move a question up and down, and never past the ends", () => {
    const [a, b] = draft.fields;
    const moved = applyIntent(draft, { kind: "field.down", index: 0 });
    expect(moved.fields.slice(0, 2)).toEqual([b, a]);
    expect(applyIntent(draft, { kind: "field.up", index: 0 }).fields).toEqual(draft.fields);
    expect(applyIntent(draft, { kind: "field.down", index: draft.fields.length - 1 }).fields).toEqual(draft.fields);
  });

  it("add a question with a key no other question has", () => {
    const added = applyIntent(applyIntent(draft, { kind: "field.add", type: "single" }), { kind: "field.add", type: "text" });
    const keys = added.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(added.fields.at(-2)).toMatchObject({ type: "single", choices: [{ value: "" }, { value: "" }] });
  });

  it("remove a question, a step, a document, a choice and a rule", () => {
    expect(applyIntent(draft, { kind: "field.remove", index: 1 }).fields).toEqual([draft.fields[0], ...draft.fields.slice(2)]);
    expect(applyIntent(draft, { kind: "step.remove", index: 0 }).steps).toEqual(draft.steps.slice(1));
    const withDocument = applyIntent(draft, { kind: "document.add" });
    expect(applyIntent(withDocument, { kind: "document.remove", index: withDocument.documents.length - 1 }).documents).toEqual(draft.documents);
    const withChoice = applyIntent(draft, { kind: "field.add", type: "multi" });
    const last = withChoice.fields.length - 1;
    expect(applyIntent(withChoice, { kind: "choice.remove", index: last, choice: 0 }).fields[last]!.choices).toHaveLength(1);
    const withRule = applyIntent(draft, { kind: "rule.add" });
    expect(applyIntent(withRule, { kind: "rule.remove", index: withRule.routing.length - 1 }).routing).toEqual(draft.routing);
  });

  it("order follows the list: a moved question is saved in its new place", () => {
    const moved = applyIntent(draft, { kind: "field.down", index: 0 });
    const definition = serviceDefinition.parse(definitionInput(moved));
    expect(definition.form.fields.map((f) => [f.key, f.order])).toEqual(moved.fields.map((f, i) => [f.key, i]));
  });
});
