import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "@/lib/admin/test-staff";
import { db } from "@/lib/db/client";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { RESULT_TEMPLATE_MAX, updateResultTemplate } from "./update-result-template";

let admin: StaffSession;
let head: StaffSession;
let serviceId: number;
const CODE = "PUBLIC_INFRASTRUCTURE_REPAIR";
const stored = () => db.service.findUniqueOrThrow({ where: { code: CODE }, select: { resultTemplateTh: true, resultTemplateEn: true } });

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.template", "ADMIN");
  head = await makeStaff("head.template", "HEAD", ["ENGINEERING"]);
  serviceId = (await db.service.findUniqueOrThrow({ where: { code: CODE } })).id;
});
afterAll(() => db.$disconnect());

describe("a service's result letter template", () => {
  it("an ADMIN saves both languages, trimmed, and the change is audited by length only", async () => {
    await updateResultTemplate(admin, { serviceId, th: "  ใบรับแจ้ง {reference}\r\nผู้แจ้ง {applicant}  ", en: "Slip {reference}" });
    expect(await stored()).toEqual({ resultTemplateTh: "ใบรับแจ้ง {reference}\nผู้แจ้ง {applicant}", resultTemplateEn: "Slip {reference}" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "service.result_template_updated", subjectId: CODE, actorId: admin.id } });
    expect(JSON.parse(audit.detail ?? "{}")).toEqual({ th: 41, en: 16 });
  });

  it("refuses anyone else, a text too long and an unknown service, changing nothing", async () => {
    const before = await stored();
    await expect(updateResultTemplate(head, { serviceId, th: "x", en: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateResultTemplate(null, { serviceId, th: "x", en: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateResultTemplate(admin, { serviceId, th: "ก".repeat(RESULT_TEMPLATE_MAX + 1), en: "" })).rejects.toMatchObject({ code: "invalid", details: { field: "th" } });
    await expect(updateResultTemplate(admin, { serviceId: 999_999, th: "", en: "" })).rejects.toMatchObject({ code: "not_found" });
    expect(await stored()).toEqual(before);
    expect(await db.auditLog.count({ where: { actorId: head.id } })).toBe(0);
  });
});
