import fs from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff } from "@/test/support/staff";
import { PDF_WITH_SCRIPT, photoWithGps } from "@/test/support/test-files";
import { fileRepair } from "@/test/support/workflow-fixtures";
import { addAttachmentsToRequest } from "./add-attachments";
import { attachmentDownloadResponse } from "./download-response";
import { attachmentPath, attachmentsFolder } from "./folder";
import { deleteExpiredAttachments } from "./retention";
import { keepOrDiscard, prepareAttachments, saveAttachments } from "./store";

let officerJar: CookieJar;
let welfareJar: CookieJar;
let officerId: number;

async function signedIn(username: string, role: "OFFICER" | "HEAD", division: string): Promise<{ jar: CookieJar; id: number }> {
  const staff = await createStaff({ username, role, divisions: [division] });
  const jar = new CookieJar();
  const result = await signIn({ username: staff.username, password: staff.password, counter: null }, jar.headers());
  if (!("setCookies" in result)) throw new Error("sign-in failed");
  jar.store(result.setCookies);
  return { jar, id: staff.id };
}

beforeAll(async () => {
  await seedDatabase(db);
  const officer = await signedIn("files.officer", "OFFICER", "ENGINEERING");
  officerJar = officer.jar;
  officerId = officer.id;
  welfareJar = (await signedIn("files.welfare", "HEAD", "WELFARE")).jar;
});
afterAll(() => db.$disconnect());

describe("attachments", () => {
  it("stores files encrypted and 0600, serves them only as audited downloads, photos without GPS", async () => {
    const { reference } = await fileRepair();
    const added = await addAttachmentsToRequest(reference, [{ bytes: await photoWithGps(), name: "บ้าน.jpg" }, { bytes: PDF_WITH_SCRIPT, name: "form.pdf" }], { type: "applicant" });
    if (!added.ok) throw new Error(added.code);
    const [photoId, pdfId] = added.ids as [string, string];

    const onDisk = fs.readFileSync(attachmentPath(pdfId));
    expect(onDisk.includes(Buffer.from("JavaScript"))).toBe(false);
    expect(onDisk.includes(Buffer.from("%PDF"))).toBe(false);
    expect(fs.statSync(attachmentPath(pdfId)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(attachmentsFolder()).mode & 0o777).toBe(0o700);

    const pdf = await attachmentDownloadResponse(officerJar.headers(), reference, pdfId);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="form\.pdf"; filename\*=UTF-8''form\.pdf$/);
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    expect(pdf.headers.get("cache-control")).toBe("no-store");
    expect(pdf.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.compare(Buffer.from(await pdf.arrayBuffer()), PDF_WITH_SCRIPT)).toBe(0);

    const photo = await attachmentDownloadResponse(officerJar.headers(), reference, photoId);
    expect(photo.headers.get("content-disposition")).toContain("filename*=UTF-8''%E0%B8%9A%E0%B9%89%E0%B8%B2%E0%B8%99.jpg");
    expect((await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).exif).toBeUndefined();

    const audits = await db.auditLog.findMany({ where: { subjectId: reference, action: "attachment.downloaded" } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: officerId, personKey: expect.any(String) });
    const events = await db.requestEvent.findMany({ where: { request: { reference }, type: "documents_uploaded" } });
    expect(events).toMatchObject([{ public: true }]);
  });

  it("refuses the download to another division's staff and to no session, alike for a guessed id", async () => {
    const { reference } = await fileRepair();
    const added = await addAttachmentsToRequest(reference, [{ bytes: PDF_WITH_SCRIPT, name: "a.pdf" }], { type: "applicant" });
    if (!added.ok) throw new Error(added.code);
    expect((await attachmentDownloadResponse(welfareJar.headers(), reference, added.ids[0]!)).status).toBe(404);
    expect((await attachmentDownloadResponse(new CookieJar().headers(), reference, added.ids[0]!)).status).toBe(403);
    expect((await attachmentDownloadResponse(officerJar.headers(), reference, "0".repeat(32))).status).toBe(404);
  });

  it("refuses a 6th file across uploads", async () => {
    const { reference } = await fileRepair();
    const five = Array.from({ length: 5 }, (_, i) => ({ bytes: PDF_WITH_SCRIPT, name: `${i}.pdf` }));
    expect((await addAttachmentsToRequest(reference, five, { type: "applicant" })).ok).toBe(true);
    expect(await addAttachmentsToRequest(reference, [{ bytes: PDF_WITH_SCRIPT, name: "6.pdf" }], { type: "applicant" })).toEqual({ ok: false, code: "tooManyFiles", index: null });
    expect(await prepareAttachments(Array.from({ length: 6 }, () => ({ bytes: PDF_WITH_SCRIPT, name: "x.pdf", fieldKey: "f" })))).toEqual({ ok: false, code: "tooManyFiles", index: null });
  });

  it("leaves no file behind when the filing's transaction fails", async () => {
    const { reference } = await fileRepair();
    const request = await db.request.findUniqueOrThrow({ where: { reference } });
    const result = await prepareAttachments([{ bytes: PDF_WITH_SCRIPT, name: "a.pdf", fieldKey: "f" }]);
    if (!result.ok) throw new Error(result.code);
    expect(fs.existsSync(attachmentPath(result.prepared[0]!.id))).toBe(true);
    await expect(
      keepOrDiscard(result.prepared, () =>
        db.$transaction(async (tx) => {
          await saveAttachments(tx, request.id, result.prepared, { type: "applicant" });
          throw new Error("disk full");
        }),
      ),
    ).rejects.toThrow("disk full");
    expect(fs.existsSync(attachmentPath(result.prepared[0]!.id))).toBe(false);
    expect(await db.attachment.count({ where: { id: result.prepared[0]!.id } })).toBe(0);
  });

  it("deletes files of requests closed more than 10 years ago, and only those", async () => {
    const old = await fileRepair();
    const recent = await fileRepair();
    for (const r of [old, recent]) await addAttachmentsToRequest(r.reference, [{ bytes: PDF_WITH_SCRIPT, name: "a.pdf" }], { type: "applicant" });
    const now = new Date("2037-06-01T00:00:00Z");
    await db.request.update({ where: { reference: old.reference }, data: { status: "done", completedAt: new Date("2027-01-01T00:00:00Z") } });
    await db.request.update({ where: { reference: recent.reference }, data: { status: "done", completedAt: new Date("2028-01-01T00:00:00Z") } });
    await deleteExpiredAttachments(now);
    const rows = async (reference: string) => db.attachment.findMany({ where: { request: { reference } } });
    const [gone] = await rows(old.reference);
    const [kept] = await rows(recent.reference);
    expect(gone!.deletedAt).not.toBeNull();
    expect(fs.existsSync(attachmentPath(gone!.id))).toBe(false);
    expect(kept!.deletedAt).toBeNull();
    expect(fs.existsSync(attachmentPath(kept!.id))).toBe(true);
    expect(await db.auditLog.count({ where: { subjectId: old.reference, action: "attachment.deleted" } })).toBe(1);
  });
});
