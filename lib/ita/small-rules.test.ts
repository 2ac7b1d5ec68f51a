import { describe, expect, it } from "vitest";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES } from "./evidence-file";
import { evidenceFileHref } from "./evidence-href";
import { assessedYear } from "./read-year";
import { composeReminderMail } from "./reminder-mail";

const ID = "0123456789abcdef0123456789abcdef";

describe("assessedYear", () => {
  it("shows the current fiscal year when it has a list, else the newest", () => {
    expect(assessedYear([2571, 2570, 2569], 2570)).toBe(2570);
    expect(assessedYear([2569, 2568], 2570)).toBe(2569);
    expect(assessedYear([], 2570)).toBeNull();
  });
});

describe("evidenceFileHref", () => {
  it("names the type by its extension", () => {
    expect(evidenceFileHref(ID, "application/pdf")).toBe(`/ita-files/${ID}.pdf`);
    expect(evidenceFileHref(ID, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).toBe(`/ita-files/${ID}.xlsx`);
    expect(evidenceFileHref(ID, "text/html")).toBe(`/ita-files/${ID}.bin`);
  });
});

describe("checkEvidenceFile", () => {
  it("takes a PDF by its content and refuses HTML named .pdf, empty and oversized files", async () => {
    expect(await checkEvidenceFile(Buffer.from("%PDF-1.4\n%%EOF\n"), "a.pdf")).toMatchObject({ ok: true, mimeType: "application/pdf" });
    expect(await checkEvidenceFile(Buffer.from("<html><script>alert(1)</script></html>"), "a.pdf")).toEqual({ ok: false, code: "wrongType" });
    expect(await checkEvidenceFile(Buffer.alloc(0), "a.pdf")).toEqual({ ok: false, code: "empty" });
    expect(await checkEvidenceFile(Buffer.alloc(MAX_EVIDENCE_BYTES + 1), "a.pdf")).toEqual({ ok: false, code: "tooLarge" });
  });
});

describe("composeReminderMail", () => {
  it("lists the missing items in Thai then English, with English plurals and the checklist link", () => {
    const mail = composeReminderMail({
      fiscalYear: 2570,
      deadline: "2027-03-31",
      daysLeft: 1,
      division: { th: "กองคลัง", en: "Finance Division" },
      items: [{ number: 10, th: "แผนการใช้จ่ายงบประมาณประจำปี", en: "Annual spending plan <b>" }],
      publicUrl: "https://eservice.ko.example",
    });
    expect(mail.text.indexOf("กองคลัง")).toBeLessThan(mail.text.indexOf("Finance Division"));
    expect(mail.text).toContain("evidence for 1 item");
    expect(mail.text).toContain("(1 day left)");
    expect(mail.text).toContain("https://eservice.ko.example/staff/ita?year=2570");
    expect(mail.html).toContain("Annual spending plan &lt;b&gt;");
  });
});
