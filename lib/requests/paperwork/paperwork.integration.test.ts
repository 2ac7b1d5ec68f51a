import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { acceptRequest } from "../workflow/accept-request";
import { completeRequest } from "../workflow/complete-request";
import { recordDefects } from "../workflow/record-defects";
import { resumeRequest } from "../workflow/resume-request";
import { getDefectRecordPaper, getResultLetterPaper } from "./get-paperwork";
import { resultLetter } from "./result-letter";

let officer: StaffPrincipal & { displayName: string };
let counter: StaffPrincipal;
let welfare: StaffPrincipal;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  counter = await makeStaff("COUNTER", ["ENGINEERING"]);
  welfare = await makeStaff("HEAD", ["WELFARE"]);
});
afterAll(() => db.$disconnect());

const printed = (reference: string, actorId: number) => db.auditLog.findMany({ where: { action: "request.printed", subjectId: reference, actorId } });

describe("the defect record (Licensing Act s.8)", () => {
  it("lists what is missing, by when, for whom, with the officer who recorded it, and the printing is audited", async () => {
    const { reference } = await fileRepair();
    expect(await getDefectRecordPaper({ staff: officer, reference })).toBeNull();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    await recordDefects({ staff: officer, reference, defects: ["สำเนาโฉนดที่ดิน", "แผนที่ตั้ง"], now: at("2026-12-04", "11:00") });

    const paper = await getDefectRecordPaper({ staff: officer, reference, now: at("2026-12-04", "11:05") });
    expect(paper).toMatchObject({
      document: "defect_record",
      detail: { reference, service: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" }, applicant: { name: { th: "นาย สมชาย ใจดี" } } },
      // 7 working days from Friday 4 December (Mon 7 and Thu 10 are holidays).
      record: { defects: ["สำเนาโฉนดที่ดิน", "แผนที่ตั้ง"], requestNumber: 1, respondBy: "2026-12-17", officer: officer.displayName },
    });
    const audit = await printed(reference, officer.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail ?? "{}")).toEqual({ document: "defect_record" });
    expect(audit[0]!.personKey).toEqual(expect.any(String));
  });

  it("gives another division, the counter role and a made-up reference nothing, and records no printing", async () => {
    const { reference } = await fileRepair();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    await recordDefects({ staff: officer, reference, defects: ["ภาพถ่าย"], now: at("2026-12-04") });
    for (const staff of [welfare, counter]) {
      expect(await getDefectRecordPaper({ staff, reference })).toBeNull();
      expect(await getResultLetterPaper({ staff, reference })).toBeNull();
      expect(await printed(reference, staff.id)).toEqual([]);
    }
    expect(await getDefectRecordPaper({ staff: officer, reference: "KO-2570-999999" })).toBeNull();
    expect(await getDefectRecordPaper({ staff: officer, reference: "../etc" })).toBeNull();
  });
});

describe("the result letter", () => {
  it("exists only once the request is completed, from the service's template or the default letter", async () => {
    const { reference } = await fileRepair();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    expect(await getResultLetterPaper({ staff: officer, reference })).toBeNull();
    await completeRequest({ staff: officer, reference, result: "ซ่อมไฟฟ้าแสงสว่างเรียบร้อยแล้ว", now: at("2026-12-08") });

    const standard = await getResultLetterPaper({ staff: officer, reference, now: at("2026-12-08", "14:00") });
    expect(standard).toMatchObject({ document: "result_letter", result: "ซ่อมไฟฟ้าแสงสว่างเรียบร้อยแล้ว", completedOn: "2026-12-08", officer: officer.displayName, template: { th: "", en: "" } });
    const values = {
      reference,
      service: standard!.detail.service.name.th,
      applicant: standard!.detail.applicant!.name.th,
      date: "8 ธันวาคม 2569",
      officer: officer.displayName,
      result: standard!.result,
      division: standard!.detail.division.name.th,
    };
    const letter = resultLetter(standard!.template.th, standard!.fallback.th, values).join("\n");
    expect(letter).toContain(reference);
    expect(letter).toContain("นาย สมชาย ใจดี");
    expect(letter).toContain("ซ่อมไฟฟ้าแสงสว่างเรียบร้อยแล้ว");

    await db.service.update({ where: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" }, data: { resultTemplateTh: "ใบรับแจ้งเลขที่ {reference}\nผู้แจ้ง {applicant}\nผู้รับแจ้ง {officer}" } });
    try {
      const own = await getResultLetterPaper({ staff: officer, reference });
      expect(resultLetter(own!.template.th, own!.fallback.th, values)).toEqual([`ใบรับแจ้งเลขที่ ${reference}`, "ผู้แจ้ง นาย สมชาย ใจดี", `ผู้รับแจ้ง ${officer.displayName}`]);
    } finally {
      await db.service.update({ where: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" }, data: { resultTemplateTh: "" } });
    }
    expect(await printed(reference, officer.id)).toHaveLength(2);
  });

  it("is not printed for a request waiting for documents", async () => {
    const { reference } = await fileRepair();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    await recordDefects({ staff: officer, reference, defects: ["ภาพถ่าย"], now: at("2026-12-04") });
    expect(await getResultLetterPaper({ staff: officer, reference })).toBeNull();
    await resumeRequest({ staff: officer, reference, now: at("2026-12-08") });
    expect(await getResultLetterPaper({ staff: officer, reference })).toBeNull();
  });
});
