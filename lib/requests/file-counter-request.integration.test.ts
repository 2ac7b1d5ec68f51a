import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident, makeKiosk, signedFiling, type TestKiosk } from "@/test/support/kiosk-device";
import { createStaff } from "@/test/support/staff";
import { fileCounterRequest } from "./file-counter-request";
import { typedIdentity } from "./typed-identity";

let counterPc: TestKiosk;
const officer = { id: 0, role: "COUNTER", divisionIds: [], divisionCodes: [], username: "somsri", displayName: "สมศรี", counterNumber: 2 } as unknown as StaffSession;
const answers = { problemType: "drain", location: "หน้าตลาดก้อ" };

beforeAll(async () => {
  await seedDatabase(db);
  counterPc = await makeKiosk("Counter 2 PC");
  officer.id = (await createStaff({ username: "somsri-test", role: "COUNTER" })).id;
});
afterAll(() => db.$disconnect());

describe("fileCounterRequest", () => {
  it("files with typed details and says they were not verified", async () => {
    const identity = typedIdentity.parse({ citizenId: "1-1017-00207-03-0", prefixTh: "นาง", firstTh: "มาลี", lastTh: "ดีงาม", birthDate: "", address: "5 หมู่ 2 ตำบลก้อ" });
    const filed = await fileCounterRequest({ staff: officer, serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR", answers, contactPhone: "0891234567", identity: { kind: "typed", identity }, idempotencyKey: crypto.randomUUID() });
    const request = await db.request.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(request).toMatchObject({ channel: "counter", identitySource: "typed", identityDetail: "typed at the counter by somsri, not verified from the card" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: filed.reference } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: officer.id, action: "request.filed" });
  });

  it("files with a card read signed by the counter PC's agent", async () => {
    const body = await signedFiling(counterPc);
    const filed = await fileCounterRequest({
      staff: officer,
      serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
      answers,
      contactPhone: "0891234567",
      identity: { kind: "card", card: body.card, rawCard: body.card, attestation: body.attestation },
      idempotencyKey: crypto.randomUUID(),
    });
    const request = await db.request.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(request.identitySource).toBe("card_chip");
    expect(request.identityDetail).toBe("identity verified from the ID card chip at Counter 2 PC, filed at the counter by somsri");
  });

  it("refuses a card read with a forged signature", async () => {
    const body = await signedFiling(counterPc);
    const forged = { ...body.attestation, signature: Buffer.alloc(64).toString("base64") };
    const attempt = fileCounterRequest({
      staff: officer,
      serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
      answers,
      contactPhone: "0891234567",
      identity: { kind: "card", card: body.card, rawCard: body.card, attestation: forged },
      idempotencyKey: crypto.randomUUID(),
    });
    await expect(attempt).rejects.toSatisfy((error) => isAppError(error) && error.code === "attestation_invalid");
  });

  it("refuses a signed card read whose citizen ID fails its check digit", async () => {
    for (const citizenId of ["1101700207031", "0000000000000"]) {
      const body = await signedFiling(counterPc, { card: { ...koResident, citizenId } });
      const attempt = fileCounterRequest({
        staff: officer,
        serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
        answers,
        contactPhone: "0891234567",
        identity: { kind: "card", card: body.card, rawCard: body.card, attestation: body.attestation },
        idempotencyKey: crypto.randomUUID(),
      });
      await expect(attempt).rejects.toSatisfy((error) => isAppError(error) && error.code === "citizen_id_invalid");
    }
  });

  it("refuses an idempotency key that is not a UUID, and files on after an empty one", async () => {
    const identity = typedIdentity.parse({ citizenId: "1101700207030", prefixTh: "นาง", firstTh: "มาลี", lastTh: "ดีงาม", birthDate: "", address: "5 หมู่ 2 ตำบลก้อ" });
    const attempt = (idempotencyKey: string) =>
      fileCounterRequest({ staff: officer, serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR", answers, contactPhone: "0891234567", identity: { kind: "typed", identity }, idempotencyKey });
    for (const key of ["", "abc", "k".repeat(5_000), ""]) {
      await expect(attempt(key)).rejects.toSatisfy((error) => isAppError(error) && error.code === "bad_request");
    }
    const first = await attempt(crypto.randomUUID());
    const second = await attempt(crypto.randomUUID());
    expect(first.reference).not.toBe(second.reference);
  });

  it("answers a key reused for someone else with a clear refusal, not a failure", async () => {
    const key = crypto.randomUUID();
    const typed = (citizenId: string) =>
      typedIdentity.parse({ citizenId, prefixTh: "นาง", firstTh: "มาลี", lastTh: "ดีงาม", birthDate: "", address: "5 หมู่ 2 ตำบลก้อ" });
    const file = (citizenId: string) =>
      fileCounterRequest({ staff: officer, serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR", answers, contactPhone: "0891234567", identity: { kind: "typed", identity: typed(citizenId) }, idempotencyKey: key });
    const filed = await file("1101700207030");
    expect((await file("1101700207030")).reference).toBe(filed.reference);
    await expect(file("3100600123450")).rejects.toSatisfy((error) => isAppError(error) && error.code === "idempotency_conflict");
  });
});

describe("typedIdentity", () => {
  it("refuses a citizen ID with a wrong check digit, and missing names", () => {
    const result = typedIdentity.safeParse({ citizenId: "1101700207031", prefixTh: "", firstTh: "", lastTh: "ดี", birthDate: "", address: "5 หมู่ 2" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["citizenId:citizenIdChecksum", "firstTh:required"]));
    const zeros = typedIdentity.safeParse({ citizenId: "0000000000000", prefixTh: "", firstTh: "มาลี", lastTh: "ดี", birthDate: "", address: "5 หมู่ 2" });
    expect(zeros.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["citizenId:citizenIdChecksum"]);
  });
});
