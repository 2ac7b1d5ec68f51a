import { signAttestation } from "kiosk-agent/attestation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { issueNonce } from "@/lib/kiosk/nonces";
import { fileTypedOnline as fileOnline } from "@/test/support/online-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident, makeKiosk, type TestKiosk } from "@/test/support/kiosk-device";
import { makeStaff } from "@/test/support/workflow-fixtures";
import { verifyAtCounter } from "./verify-at-counter";

let counterPc: TestKiosk;
let officer: Awaited<ReturnType<typeof makeStaff>> & { username: string };
let outsider: Awaited<ReturnType<typeof makeStaff>> & { username: string };
beforeAll(async () => {
  await seedDatabase(db);
  counterPc = await makeKiosk("Counter 2");
  officer = { ...(await makeStaff("OFFICER", ["ENGINEERING"])), username: "officer" };
  outsider = { ...(await makeStaff("OFFICER", ["FINANCE"])), username: "outsider" };
});
afterAll(() => db.$disconnect());

const fileTypedOnline = async (citizenId?: string) => (await fileOnline(citizenId)).reference;

async function cardRead(card = koResident) {
  const { nonce } = await issueNonce();
  return { card, rawCard: card, attestation: signAttestation({ privateKey: counterPc.privateKey, deviceId: counterPc.deviceId, nonce, data: card }) };
}

describe("verifying an online applicant at the counter", () => {
  it("records a matching card read on the request, its timeline and the audit log", async () => {
    const reference = await fileTypedOnline();
    const result = await verifyAtCounter({ staff: officer, reference, ...(await cardRead()) });
    expect(result.pc).toBe("Counter 2");
    const row = await db.request.findUniqueOrThrow({ where: { reference }, include: { events: true } });
    expect(row.identitySource).toBe("card_chip");
    expect(row.identityDetail).toContain("verified from the ID card chip at Counter 2");
    expect(row.identityVerifiedAt).not.toBeNull();
    expect(row.events.map((e) => e.type)).toContain("identity_verified");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "request.identity_verified", subjectId: reference } });
    expect(audit.detail).not.toContain(koResident.citizenId);
  });

  it("refuses another person's card, records nothing as verified, and audits the attempt", async () => {
    const reference = await fileTypedOnline("3100600123450");
    await expect(verifyAtCounter({ staff: officer, reference, ...(await cardRead()) })).rejects.toMatchObject({ code: "identity_mismatch" });
    const row = await db.request.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({ identitySource: "typed", identityVerifiedAt: null });
    expect(await db.auditLog.count({ where: { action: "request.identity_mismatch", subjectId: reference } })).toBe(1);
  });

  it("refuses a reused card read, an unsigned one, and staff of another division", async () => {
    const reference = await fileTypedOnline();
    const read = await cardRead();
    await expect(verifyAtCounter({ staff: outsider, reference, ...read })).rejects.toMatchObject({ code: "not_found" });
    await expect(verifyAtCounter({ staff: officer, reference, ...read, attestation: { ...read.attestation, signature: "" } })).rejects.toMatchObject({ code: "attestation_invalid" });
    await verifyAtCounter({ staff: officer, reference, ...read });
    const again = await fileTypedOnline();
    await expect(verifyAtCounter({ staff: officer, reference: again, ...read })).rejects.toMatchObject({ code: "nonce_invalid" });
    expect((await db.request.findUniqueOrThrow({ where: { reference: again } })).identityVerifiedAt).toBeNull();
  });
});
