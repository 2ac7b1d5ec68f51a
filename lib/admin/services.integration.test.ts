import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listOpen311Services } from "@/lib/open311/list-services";
import { findActiveService } from "@/lib/services/catalogue";
import { serviceDefinition, type ServiceDefinition } from "@/lib/services/service-definition";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createService } from "./create-service";
import { listServicesForAdmin, loadServiceForEdit } from "./services-query";
import { definitionInput } from "./service-draft";
import { makeStaff } from "./test-staff";
import { updateService } from "./update-service";

let admin: StaffSession;
let officer: StaffSession;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.services", "ADMIN");
  officer = await makeStaff("officer.services", "OFFICER", ["ENGINEERING"]);
});
afterAll(() => db.$disconnect());

const CODE = "PUBLIC_INFRASTRUCTURE_REPAIR";

async function current(code = CODE): Promise<{ id: number; updatedAt: string; definition: ServiceDefinition }> {
  const row = await db.service.findUniqueOrThrow({ where: { code } });
  const loaded = await loadServiceForEdit(admin, row.id);
  return { id: row.id, updatedAt: loaded.updatedAt, definition: serviceDefinition.parse(definitionInput(loaded.draft)) };
}

async function open311Names(): Promise<string[]> {
  const reply = await listOpen311Services(new URL("http://localhost/open311/v2/services.json?locale=en"), "json");
  return (JSON.parse(reply.body.toString()) as { service_name: string }[]).map((s) => s.service_name);
}

const auditRows = (action: string, subjectId: string) => db.auditLog.findMany({ where: { action, subjectId }, orderBy: { id: "asc" } });

describe("updateService", () => {
  it("saves the edit, audits what changed, and the public catalogue and Open311 show it at once", async () => {
    await findActiveService(CODE); // the catalogue is now cached
    const { id, updatedAt, definition } = await current();
    const edited = { ...definition, name: { th: definition.name.th, en: "Street light, road and drain repairs" }, processing: { ...definition.processing, workingDays: 5 } };
    await updateService(admin, { serviceId: id, definition: edited, expectedUpdatedAt: updatedAt });

    expect((await findActiveService(CODE))?.name.en).toBe("Street light, road and drain repairs");
    expect((await findActiveService(CODE))?.processing.workingDays).toBe(5);
    expect(await open311Names()).toContain("Street light, road and drain repairs");

    const [audit] = await auditRows("service.updated", CODE);
    expect(audit).toMatchObject({ actorType: "staff", actorId: admin.id, subjectType: "service" });
    const detail = JSON.parse(audit!.detail) as { changed: Record<string, unknown> };
    expect(detail.changed).toEqual({
      nameEn: { from: definition.name.en, to: "Street light, road and drain repairs" },
      processingDays: { from: definition.processing.workingDays, to: 5 },
    });
  });

  it("edits the form: reordered questions reach the public manual in their new order", async () => {
    const { id, updatedAt, definition } = await current();
    const [first, second, ...rest] = definition.form.fields;
    const fields = [second!, first!, ...rest].map((f, order) => ({ ...f, order }));
    await updateService(admin, { serviceId: id, definition: { ...definition, form: { fields } }, expectedUpdatedAt: updatedAt });
    const service = await findActiveService(CODE);
    expect(service?.form.fields.map((f) => f.key)).toEqual(fields.map((f) => f.key));
    const [audit] = (await auditRows("service.updated", CODE)).slice(-1);
    expect(JSON.parse(audit!.detail).changed).toEqual({ form: "changed" });
  });

  it("refuses an invalid definition field by field, and saves nothing", async () => {
    const { id, updatedAt, definition } = await current();
    const before = await db.auditLog.count();
    const broken = { ...definition, name: { th: "", en: "x" }, steps: [], channels: [] };
    await expect(updateService(admin, { serviceId: id, definition: broken, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({
      code: "invalid",
      details: { fieldErrors: { "name.th": { code: "required" }, steps: { code: "atLeastOneStep" }, channels: { code: "atLeastOneChannel" } } },
    });
    expect((await findActiveService(CODE))?.name.th).toBe(definition.name.th);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses a demand for a photocopy of the ID card or house registration", async () => {
    const { id, updatedAt, definition } = await current();
    const documents = [...definition.documents, { th: "สำเนาบัตรประจำตัวประชาชน", en: "Copy of the national ID card" }];
    const error = await updateService(admin, { serviceId: id, definition: { ...definition, documents }, expectedUpdatedAt: updatedAt }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid" });
    const n = documents.length - 1;
    expect((error as { details: { fieldErrors: object } }).details.fieldErrors).toEqual({
      [`documents.${n}.th`]: { code: "photocopy" },
      [`documents.${n}.en`]: { code: "photocopy" },
    });
  });

  it("refuses a routing rule on a question the form does not have", async () => {
    const { id, updatedAt, definition } = await current();
    const routing = [{ field: "noSuchQuestion", equals: "x", division: "PALAD" as const }];
    await expect(updateService(admin, { serviceId: id, definition: { ...definition, routing }, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({
      details: { fieldErrors: { "routing.0.field": { code: "unknownField" } } },
    });
  });

  it("refuses to overwrite a newer save made meanwhile", async () => {
    const { id, updatedAt, definition } = await current();
    await updateService(admin, { serviceId: id, definition: { ...definition, keywords: ["first"] }, expectedUpdatedAt: updatedAt });
    await expect(
      updateService(admin, { serviceId: id, definition: { ...definition, keywords: ["second"] }, expectedUpdatedAt: updatedAt }),
    ).rejects.toMatchObject({ code: "changed_meanwhile" });
    expect((await findActiveService(CODE))?.keywords).toEqual(["first"]);
  });

  it("never changes a service's public code", async () => {
    const { id, updatedAt, definition } = await current();
    await updateService(admin, { serviceId: id, definition: { ...definition, code: "SOMETHING_ELSE", keywords: [] }, expectedUpdatedAt: updatedAt });
    expect((await db.service.findUniqueOrThrow({ where: { id } })).code).toBe(CODE);
  });

  it("moves a service to another division, and deactivating hides it from the public", async () => {
    const { id, updatedAt, definition } = await current();
    await updateService(admin, { serviceId: id, definition: { ...definition, division: "PALAD", active: false }, expectedUpdatedAt: updatedAt });
    expect(await findActiveService(CODE)).toBeNull();
    expect(await open311Names()).not.toContain("Street light, road and drain repairs");
    const listed = (await listServicesForAdmin(admin)).find((s) => s.code === CODE);
    expect(listed).toMatchObject({ active: false, valid: true, division: { code: "PALAD" } });
    const [audit] = (await auditRows("service.updated", CODE)).slice(-1);
    expect(JSON.parse(audit!.detail).changed).toMatchObject({ active: { from: true, to: false }, divisionCode: { from: "ENGINEERING", to: "PALAD" } });
  });
});

describe("createService", () => {
  const fresh = (code: string) =>
    serviceDefinition.parse({
      code,
      division: "STRATEGY",
      category: "participation",
      name: { th: "แสดงความคิดเห็นต่อร่างข้อบัญญัติ", en: "Comment on a draft by-law" },
      description: { th: "ส่งความคิดเห็นต่อร่างข้อบัญญัติที่เปิดรับฟัง", en: "Send comments on a draft by-law open for consultation." },
      processing: { workingDays: 15, basis: "service_level" },
      fee: null,
      criteria: { th: "ทุกคน", en: "Anyone" },
      legalBasis: { th: "พระราชบัญญัติเทศบาล พ.ศ. 2496", en: "Municipality Act B.E. 2496" },
      documents: [],
      steps: [{ th: "รับความคิดเห็น", en: "Receive the comment" }],
      channels: ["online", "counter"],
      form: { fields: [{ key: "comment", type: "longtext", label: { th: "ความคิดเห็น", en: "Comment" }, required: true, order: 0 }] },
    });

  it("adds a service last in its division, audits it, and the public sees it", async () => {
    // Offered through Open311 too, so other systems' catalogue shows it at once as well.
    const created = await createService(admin, { definition: { ...fresh("BYLAW_COMMENT"), channels: ["online", "counter", "open311"] } });
    expect((await findActiveService("BYLAW_COMMENT"))?.name.en).toBe("Comment on a draft by-law");
    expect(await open311Names()).toContain("Comment on a draft by-law");
    const [audit] = await auditRows("service.created", "BYLAW_COMMENT");
    expect(audit).toMatchObject({ actorId: admin.id, detail: JSON.stringify({ division: "STRATEGY", active: true }) });
    const strategy = await db.service.findMany({ where: { division: { code: "STRATEGY" } }, orderBy: { sortOrder: "asc" } });
    expect(strategy.at(-1)?.id).toBe(created.id);
  });

  it("refuses a code already taken, and a malformed code", async () => {
    await expect(createService(admin, { definition: fresh(CODE) })).rejects.toMatchObject({ details: { fieldErrors: { code: { code: "codeTaken" } } } });
    await expect(createService(admin, { definition: { ...fresh("VALID_FOR_NOW"), code: "bad code" } })).rejects.toMatchObject({
      details: { fieldErrors: { code: { code: "codeFormat" } } },
    });
  });
});

describe("a stored service that no longer validates", () => {
  it("is listed as invalid and opens in the editor with its problems", async () => {
    const row = await db.service.findUniqueOrThrow({ where: { code: "BYLAW_COMMENT" } });
    await db.service.update({ where: { id: row.id }, data: { form: "{not json" } });
    expect((await listServicesForAdmin(admin)).find((s) => s.code === "BYLAW_COMMENT")?.valid).toBe(false);
    const loaded = await loadServiceForEdit(admin, row.id);
    expect(loaded.problems).toHaveProperty("form");
    expect(loaded.draft.name.en).toBe("Comment on a draft by-law");
  });
});

describe("refusals for anyone but an admin", () => {
  it("refuses every service operation", async () => {
    const { id, updatedAt, definition } = await current("BYLAW_COMMENT").catch(async () => current());
    for (const staff of [officer, { ...officer, role: "HEAD" as const }, { ...officer, role: "COUNTER" as const }]) {
      await expect(updateService(staff, { serviceId: id, definition, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({ code: "forbidden" });
      await expect(createService(staff, { definition: { ...definition, code: "NOT_ALLOWED" } })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listServicesForAdmin(staff)).rejects.toMatchObject({ code: "forbidden" });
      await expect(loadServiceForEdit(staff, id)).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
