import { describe, expect, it } from "vitest";
import { displayAnswers } from "./answer-display";

const form = {
  fields: [
    { key: "location", type: "text", label: { th: "สถานที่", en: "Location" }, required: true, order: 2 },
    {
      key: "problem",
      type: "single",
      label: { th: "ปัญหา", en: "Problem" },
      required: true,
      order: 1,
      choices: [
        { value: "road", label: { th: "ถนนชำรุด", en: "Damaged road" } },
        { value: "light", label: { th: "ไฟฟ้าดับ", en: "Street light out" } },
      ],
    },
    { key: "urgent", type: "yesno", label: { th: "เร่งด่วน", en: "Urgent" }, required: false, order: 3 },
    { key: "people", type: "number", label: { th: "จำนวนคน", en: "People" }, required: false, order: 4, unit: { th: "คน", en: "people" } },
    { key: "when", type: "date", label: { th: "วันที่พบ", en: "Seen on" }, required: false, order: 5 },
    { key: "photos", type: "file", label: { th: "รูปถ่าย", en: "Photos" }, required: false, order: 6, accept: ["image/jpeg"] },
  ],
};

describe("displayAnswers", () => {
  it("puts each answer under its label, in form order, with choices by their labels", () => {
    const answers = { location: "ซอย 2", problem: "light", urgent: true, people: 1200, when: "2026-12-04", extra: "old" };
    const shown = displayAnswers(JSON.stringify(form), JSON.stringify(answers));
    expect(shown.answers).toEqual([
      { key: "problem", label: { th: "ปัญหา", en: "Problem" }, text: { th: "ไฟฟ้าดับ", en: "Street light out" } },
      { key: "location", label: { th: "สถานที่", en: "Location" }, text: { th: "ซอย 2", en: "ซอย 2" } },
      { key: "urgent", label: { th: "เร่งด่วน", en: "Urgent" }, text: { th: "ใช่", en: "Yes" } },
      { key: "people", label: { th: "จำนวนคน", en: "People" }, text: { th: "1,200 คน", en: "1,200 people" } },
      { key: "when", label: { th: "วันที่พบ", en: "Seen on" }, text: { th: "4 ธันวาคม 2569", en: "4 December 2026" } },
      { key: "extra", label: { th: "extra", en: "extra" }, text: { th: "old", en: "old" } },
    ]);
    expect(shown.attachments).toEqual([]);
  });

  it("lists file answers as attachments, and says when a question was not answered", () => {
    const file = { id: "f1", name: "pole.jpg", type: "image/jpeg", size: 1024 };
    const shown = displayAnswers(JSON.stringify(form), JSON.stringify({ problem: "road", photos: [file] }));
    expect(shown.attachments).toEqual([{ key: "photos", label: { th: "รูปถ่าย", en: "Photos" }, files: [file] }]);
    expect(shown.answers.find((a) => a.key === "location")?.text).toEqual({ th: "ไม่ได้ระบุ", en: "Not given" });
  });

  it("leaves out a conditional question the resident was not asked, and shows it when asked", () => {
    const label = (en: string) => ({ th: `ไทย ${en}`, en });
    const conditional = {
      fields: [
        { key: "payBy", type: "single", label: label("Paid by"), required: true, order: 0, choices: [{ value: "cash", label: label("Cash") }, { value: "transfer", label: label("Transfer") }] },
        { key: "bankAccount", type: "text", label: label("Account"), required: true, order: 1, showWhen: { field: "payBy", in: ["transfer"] } },
      ],
    };
    expect(displayAnswers(JSON.stringify(conditional), JSON.stringify({ payBy: "cash" })).answers.map((a) => a.key)).toEqual(["payBy"]);
    const transfer = displayAnswers(JSON.stringify(conditional), JSON.stringify({ payBy: "transfer" })).answers;
    expect(transfer.map((a) => [a.key, a.text.en])).toEqual([
      ["payBy", "Transfer"],
      ["bankAccount", "Not given"],
    ]);
    // Stored before the question became conditional: still the resident's answer.
    expect(displayAnswers(JSON.stringify(conditional), JSON.stringify({ payBy: "cash", bankAccount: "123" })).answers.map((a) => a.key)).toEqual(["payBy", "bankAccount"]);
  });

  it("still shows the answers when the stored form is broken", () => {
    expect(displayAnswers("{", JSON.stringify({ a: "b" })).answers).toEqual([{ key: "a", label: { th: "a", en: "a" }, text: { th: "b", en: "b" } }]);
  });
});
