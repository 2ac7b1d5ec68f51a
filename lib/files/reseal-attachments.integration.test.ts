import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileRequest } from "@/lib/requests/file-request";
import { dataKeyring, parseKeyring, dataKeyFile } from "@/lib/security/data-key";
import { rotateDataKey } from "@/lib/security/rotate-data-key";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { metadataOf, photoWithGps } from "@/test/support/test-files";
import fs from "node:fs";
import { originalNameOf, prepareAttachments, readStoredFile, saveAttachments } from "./store";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

describe("rotating the data key with attachments stored", () => {
  it("re-encrypts every file and its name, so the old key can go and the files still open", async () => {
    const prepared = await prepareAttachments([{ bytes: await photoWithGps(), name: "บ้านของสมชาย.jpg", fieldKey: "photos" }]);
    if (!prepared.ok) throw new Error(prepared.code);
    await fileRequest({
      serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
      channel: "online",
      applicant: { ...koResident, phone: "0812345678" },
      identity: { source: "typed", detail: "typed online" },
      answers: { problemType: "road", location: "หน้าวัด", photos: prepared.prepared.map((p) => p.answerRef) },
      idempotencyKey: null,
      actor: { type: "public", label: "online" },
      afterInsert: (tx, requestId) => saveAttachments(tx, requestId, prepared.prepared, { type: "applicant" }),
    });
    const id = prepared.prepared[0]!.id;
    const oldKey = dataKeyring().current.id;

    const rotation = await rotateDataKey(db, { settleMs: 0 });
    expect(rotation.keptOldKeys).toBe(false);
    expect([...parseKeyring(fs.readFileSync(dataKeyFile(), "utf8"), "key file").keys.keys()]).toEqual([rotation.newKey]);
    expect(rotation.newKey).not.toBe(oldKey);
    // Only the new key is left, and the file and its name still open.
    expect((await metadataOf(await readStoredFile(id))).format).toBe("jpeg");
    const row = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(row.originalName.startsWith(`ko1.${rotation.newKey}.`)).toBe(true);
    expect(originalNameOf(row)).toBe("บ้านของสมชาย.jpg");
  });
});
