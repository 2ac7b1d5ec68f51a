import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { attachmentsFolder } from "@/lib/files/folder";
import { readStoredFile } from "@/lib/files/store";
import { routeTrackDocuments } from "@/lib/tracking/documents-api";
import { recordDefects } from "@/lib/requests/workflow/record-defects";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { metadataOf, photoWithGps } from "@/test/support/test-files";
import { makeStaff } from "@/test/support/workflow-fixtures";
import type { OnlineError, OnlineFiled } from "./contract";
import { routeOnlineApi } from "./online-api";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

let address = 0;
function form(files: { name: string; bytes: Uint8Array; type?: string }[], extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  const fields: Record<string, string> = {
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR", locale: "th", idempotencyKey: crypto.randomUUID(), website: "",
    citizenId: "1101700207030", prefixTh: "นาย", firstTh: "สมชาย", lastTh: "ใจดี", birthDate: "1980-05-01",
    address: "12 หมู่ 3 ตำบลก้อ", phone: "0812345678", email: "", "answer.problemType": "street_light", "answer.location": "หน้าวัด",
    latitude: "", longitude: "", ...extra,
  };
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  // The browser's type is whatever the name suggests: never what is checked.
  for (const file of files) data.append("file.photos", new File([file.bytes as BlobPart], file.name, { type: file.type ?? "image/jpeg" }));
  return data;
}
const post = async (data: FormData) =>
  (await routeOnlineApi({ method: "POST", path: "/api/e-service/requests", origin: "http://ko.test", host: "ko.test", contentType: "multipart/form-data; boundary=x", client: `192.0.2.${++address}`, formData: async () => data }))!;
const filesOnDisk = () => (fs.existsSync(attachmentsFolder()) ? fs.readdirSync(attachmentsFolder()).length : 0);

describe("attachments filed online", () => {
  it("keeps a phone photo without its GPS position or camera, encrypted on disk", async () => {
    const photo = await photoWithGps();
    expect((await metadataOf(photo)).gps).toBe(true);
    const reply = await post(form([{ name: "บ้านสมชาย.jpg", bytes: photo }]));
    expect(reply.status).toBe(201);
    const request = await db.request.findUniqueOrThrow({ where: { reference: (reply.body as OnlineFiled).reference }, include: { attachments: true } });
    expect(request.attachments).toHaveLength(1);
    const stored = request.attachments[0]!;
    expect(stored.mimeType).toBe("image/jpeg");
    const onDisk = fs.readFileSync(`${attachmentsFolder()}/${stored.id}`);
    expect(onDisk.includes(Buffer.from("TestPhone"))).toBe(false);
    expect(fs.statSync(`${attachmentsFolder()}/${stored.id}`).mode & 0o777).toBe(0o600);
    const cleaned = await readStoredFile(stored.id);
    expect(await metadataOf(cleaned)).toEqual({ format: "jpeg", exif: false, gps: false });
    // The answers name the file generically: the phone's file name can be personal.
    expect(JSON.stringify(JSON.parse(request.answers).photos)).not.toContain("สมชาย");
  });

  it("refuses a disguised file, an 11 MB file and a fourth photo, filing nothing and leaving no file", async () => {
    const before = { requests: await db.request.count(), files: filesOnDisk() };
    const executable = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(200).fill(0)]);
    const cases: [string, FormData, string][] = [
      ["an executable named .jpg", form([{ name: "photo.jpg", bytes: executable }]), "wrongType"],
      ["an 11 MB file", form([{ name: "big.jpg", bytes: new Uint8Array(11 * 1024 * 1024).fill(1) }]), "tooLarge"],
      ["a fourth photo for a three-photo question", form(await Promise.all([1, 2, 3, 4].map(async (i) => ({ name: `${i}.jpg`, bytes: await photoWithGps() })))), "tooManyFiles"],
    ];
    for (const [what, data, code] of cases) {
      const reply = await post(data);
      expect(reply.status, what).toBe(422);
      expect((reply.body as OnlineError).error, what).toMatchObject({ code: "invalid_files", fields: { "file.photos": { code } } });
    }
    expect(await db.request.count()).toBe(before.requests);
    expect(filesOnDisk()).toBe(before.files);
  });

  it("a retry of a filing with a photo files one request with one photo", async () => {
    const data = form([{ name: "a.jpg", bytes: await photoWithGps() }]);
    const before = filesOnDisk();
    const [a, b] = await Promise.all([post(data), post(data)]);
    const reference = (a.body as OnlineFiled).reference;
    expect((b.body as OnlineFiled).reference).toBe(reference);
    const request = await db.request.findUniqueOrThrow({ where: { reference }, include: { attachments: true } });
    expect(request.attachments).toHaveLength(1);
    // The losing copy's file was removed: one photo more on disk, not two.
    expect(filesOnDisk()).toBe(before + 1);
  });
});

describe("missing documents sent from the tracking page", () => {
  const upload = async (token: string, files: Uint8Array[], origin = "http://ko.test") => {
    const data = new FormData();
    data.set("token", token);
    for (const bytes of files) data.append("file", new File([bytes as BlobPart], "doc.jpg", { type: "image/jpeg" }));
    return (await routeTrackDocuments({ method: "POST", path: "/api/track/documents", origin, host: "ko.test", contentType: "multipart/form-data; boundary=x", client: `198.51.100.${++address}`, formData: async () => data }))!;
  };

  it("are taken only while staff wait for them, go on the timeline, and stop at five files", async () => {
    const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
    const photo = await photoWithGps();
    const filed = (await post(form([{ name: "a.jpg", bytes: photo }, { name: "b.jpg", bytes: photo }]))).body as OnlineFiled;
    const token = filed.trackingUrl.split("/").pop()!;
    expect((await upload(token, [photo])).body).toEqual({ error: { code: "not_waiting" } });

    await recordDefects({ staff: officer, reference: filed.reference, defects: ["ภาพถ่ายเสาไฟฟ้าที่ชำรุดใกล้ ๆ"] });
    expect((await upload(token, [photo], "https://evil.example")).status).toBe(403);
    expect((await upload("A".repeat(22), [photo])).status).toBe(404);
    const sent = await upload(token, [photo, photo]);
    expect(sent).toEqual({ status: 201, body: { count: 2 } });
    const request = await db.request.findUniqueOrThrow({ where: { reference: filed.reference }, include: { events: true, attachments: true } });
    expect(request.status).toBe("waiting_applicant"); // the officer resumes, not the upload
    expect(request.events.map((e) => e.type)).toContain("documents_uploaded");
    expect(request.attachments).toHaveLength(4);
    // A 6th file in all is refused.
    expect((await upload(token, [photo, photo])).body).toMatchObject({ error: { code: "tooManyFiles" } });
    expect(await db.attachment.count({ where: { requestId: request.id } })).toBe(4);
  });
});
