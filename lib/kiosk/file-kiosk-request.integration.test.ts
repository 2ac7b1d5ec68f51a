import { signAttestation } from "kiosk-agent/attestation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readApplicant } from "@/lib/requests/applicant";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident, makeKiosk, signedFiling, type TestKiosk } from "@/test/support/kiosk-device";
import type { FilingError, FilingResponse } from "./contract";
import { revokeKiosk } from "./devices";
import { fileKioskRequest } from "./file-kiosk-request";
import { issueNonce } from "./nonces";

let counter1: TestKiosk;
beforeAll(async () => {
  await seedDatabase(db);
  counter1 = await makeKiosk("Counter 1");
});
afterAll(() => db.$disconnect());

const file = (body: unknown) => fileKioskRequest(body, "https://ko.example");
const errorCode = (result: { body: unknown }) => (result.body as FilingError).error.code;

describe("kiosk filing", () => {
  it("files a request from a signed card read and answers with the receipt", async () => {
    const result = await file(await signedFiling(counter1));
    expect(result.status).toBe(201);
    const receipt = result.body as FilingResponse;
    expect(receipt.reference).toMatch(/^KO-25\d\d-\d{6}$/);
    expect(receipt.queueTicket).toMatch(/^C-\d{3}$/);
    expect(receipt.trackingUrl).toMatch(/^https:\/\/ko\.example\/track\/[A-Za-z0-9_-]{22}$/);
    expect(receipt.trackingUrl).not.toContain(koResident.citizenId);
    expect(receipt.qrSvg.startsWith("<svg")).toBe(true);
    expect(receipt.maskedName).toEqual({ th: "นาย ส**** ใ***", en: "Mr. S****** J*****" });
    expect(receipt.division.th).toBe("กองช่าง");

    const stored = await db.request.findUniqueOrThrow({ where: { reference: receipt.reference }, include: { kiosk: true } });
    expect(stored.identitySource).toBe("card_chip");
    expect(stored.identityDetail).toBe("identity verified from the ID card chip at Counter 1");
    expect(stored.kiosk?.name).toBe("Counter 1");
    const applicant = readApplicant(stored.applicant, stored.reference);
    expect(applicant.success && applicant.data).toMatchObject({ citizenId: koResident.citizenId, phone: "0812345678" });
    // Only what the service needs: no gender, card dates or issuer.
    expect(Object.keys(applicant.success ? applicant.data : {}).sort()).toEqual(["address", "birthDate", "citizenId", "nameEn", "nameTh", "phone"]);
  });

  it("returns the same receipt for a retry or a double tap, filing once", async () => {
    const body = await signedFiling(counter1);
    const [first, second] = await Promise.all([file(body), file(body)]);
    const third = await file(body);
    const references = [first, second, third].map((r) => (r.body as FilingResponse).reference);
    expect(new Set(references).size).toBe(1);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(await db.request.count({ where: { reference: references[0] } })).toBe(1);
  });

  it("refuses a read without a valid signature", async () => {
    const body = await signedFiling(counter1);
    expect(errorCode(await file({ ...body, attestation: { ...body.attestation, signature: "" } }))).toBe("attestation_invalid");
    const forged = Buffer.from(body.attestation.signature, "base64");
    forged[0] = forged[0]! ^ 0xff;
    const result = await file({ ...body, attestation: { ...body.attestation, signature: forged.toString("base64") } });
    expect(result.status).toBe(403);
    expect(errorCode(result)).toBe("attestation_invalid");
  });

  it("refuses card data changed after signing (someone else's ID)", async () => {
    const body = await signedFiling(counter1);
    const result = await file({ ...body, card: { ...body.card, citizenId: "3100600123455" } });
    expect(errorCode(result)).toBe("attestation_invalid");
  });

  it("refuses reads signed by an unknown or a revoked kiosk", async () => {
    const stranger = await makeKiosk("Not enrolled", { enroll: false });
    expect(errorCode(await file(await signedFiling(stranger)))).toBe("device_not_enrolled");

    const lost = await makeKiosk("Lost laptop");
    const before = await signedFiling(lost);
    await revokeKiosk("Lost laptop");
    expect(errorCode(await file(before))).toBe("device_revoked");
  });

  it("accepts each nonce once, only if this server issued it and it is fresh", async () => {
    const body = await signedFiling(counter1);
    expect((await file(body)).status).toBe(201);
    const reuse = await file({ ...body, idempotencyKey: crypto.randomUUID() });
    expect(errorCode(reuse)).toBe("nonce_invalid");

    const invented = signAttestation({ privateKey: counter1.privateKey, deviceId: counter1.deviceId, nonce: "made-up-nonce-0123456789", data: koResident });
    expect(errorCode(await file({ ...body, idempotencyKey: crypto.randomUUID(), attestation: invented }))).toBe("nonce_invalid");

    const { nonce } = await issueNonce(new Date(Date.now() - 21 * 60_000));
    const stale = signAttestation({ privateKey: counter1.privateKey, deviceId: counter1.deviceId, nonce, data: koResident, readAt: new Date(Date.now() - 20.5 * 60_000).toISOString() });
    expect(errorCode(await file({ ...body, idempotencyKey: crypto.randomUUID(), attestation: stale }))).toBe("nonce_invalid");
  });

  it("explains wrong answers field by field and files nothing", async () => {
    const before = await db.request.count();
    const result = await file(await signedFiling(counter1, { answers: { problemType: "volcano" }, contactPhone: "081 234 5678" }));
    expect(result.status).toBe(422);
    expect((result.body as FilingError).error.fields).toEqual({ problemType: { code: "invalidChoice" }, location: { code: "required" } });
    expect(errorCode(await file(await signedFiling(counter1, { contactPhone: "12" })))).toBe("invalid_answers");
    expect(await db.request.count()).toBe(before);
  });

  it("refuses a signed read whose citizen ID fails its check digit, and files nothing", async () => {
    const before = await db.request.count();
    for (const citizenId of ["1101700207031", "0000000000000"]) {
      const result = await file(await signedFiling(counter1, { card: { ...koResident, citizenId } }));
      expect(result).toEqual({ status: 422, body: { error: { code: "citizen_id_invalid" } } });
    }
    expect(await db.request.count()).toBe(before);
  });

  it("refuses answer keys the form does not ask, __proto__ included, and files nothing", async () => {
    const before = await db.request.count();
    const body = await signedFiling(counter1);
    // The page's JSON as it reaches the server, parsed, with "__proto__" as its own key.
    const raw = JSON.parse(JSON.stringify(body).replace('"answers":{', '"answers":{"__proto__":{"isAdmin":true},"extra":"x",')) as unknown;
    const result = await file(raw);
    expect(result.status).toBe(422);
    expect((result.body as FilingError).error.fields).toEqual({ ["__proto__"]: { code: "unknownField" }, extra: { code: "unknownField" } });
    expect(await db.request.count()).toBe(before);
  });

  it("refuses a locale it does not speak", async () => {
    const result = await file({ ...(await signedFiling(counter1)), locale: "fr" });
    expect(result).toEqual({ status: 400, body: { error: { code: "bad_request" } } });
  });

  it("refuses services not offered at the kiosk and malformed bodies", async () => {
    expect(errorCode(await file(await signedFiling(counter1, { serviceCode: "BUILDING_PERMIT", answers: {} })))).toBe("service_unavailable");
    expect(errorCode(await file({ hello: "world" }))).toBe("bad_request");
    expect(errorCode(await file(null))).toBe("bad_request");
  });
});
