import { signAttestation } from "kiosk-agent/attestation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { makeKiosk, signedFiling, type TestKiosk } from "@/test/support/kiosk-device";
import type { FilingError, FilingRequest, FilingResponse } from "./contract";
import { fileKioskRequest } from "./file-kiosk-request";

let kiosk: TestKiosk;
beforeAll(async () => {
  await seedDatabase(db);
  kiosk = await makeKiosk("Demo kiosk");
});
afterAll(() => db.$disconnect());

/** A filing whose read the agent signed as coming from its built-in virtual (demo) card. */
async function demoFiling(): Promise<FilingRequest> {
  const body = await signedFiling(kiosk);
  const attestation = signAttestation({ privateKey: kiosk.privateKey, deviceId: kiosk.deviceId, nonce: body.attestation.nonce, data: body.card, source: "virtual" });
  return { ...body, attestation };
}

function withDemo<T>(value: string | undefined, run: () => Promise<T>): Promise<T> {
  const before = process.env.KIOSK_DEMO;
  if (value === undefined) delete process.env.KIOSK_DEMO;
  else process.env.KIOSK_DEMO = value;
  return run().finally(() => {
    if (before === undefined) delete process.env.KIOSK_DEMO;
    else process.env.KIOSK_DEMO = before;
  });
}

describe("the demo card", () => {
  it("is recorded as a demo card, never as chip-verified, and the receipt and timeline say so", async () => {
    const result = await withDemo(undefined, async () => fileKioskRequest(await demoFiling(), "https://ko.example"));
    expect(result.status).toBe(201);
    const receipt = result.body as FilingResponse;
    expect(receipt.demoCard).toBe(true);

    const stored = await db.request.findUniqueOrThrow({ where: { reference: receipt.reference }, include: { events: true } });
    expect(stored.identitySource).toBe("demo_card");
    expect(stored.identityDetail).toBe("demo card read at Demo kiosk, not a real ID card");
    expect(stored.identityDetail).not.toMatch(/verified/);
    expect(stored.events[0]).toMatchObject({ type: "filed", messageEn: "Request filed at the kiosk (demo card — not a real ID card)" });
    expect(stored.events[0]!.messageTh).toContain("บัตรทดลอง");
  });

  it("is refused outside a demo installation (KIOSK_DEMO=off), with nothing filed", async () => {
    const before = await db.request.count();
    const result = await withDemo("off", async () => fileKioskRequest(await demoFiling(), "https://ko.example"));
    expect(result.status).toBe(403);
    expect((result.body as FilingError).error.code).toBe("demo_card_refused");
    expect(await db.request.count()).toBe(before);
  });

  it("cannot pass as a real card: dropping the signed source breaks the signature", async () => {
    const body = await demoFiling();
    const { source: _source, ...stripped } = body.attestation;
    const result = await withDemo("off", async () => fileKioskRequest({ ...body, attestation: stripped }, "https://ko.example"));
    expect((result.body as FilingError).error.code).toBe("attestation_invalid");
  });

  it("leaves a real card's read chip-verified even with the demo off", async () => {
    const result = await withDemo("off", async () => fileKioskRequest(await signedFiling(kiosk), "https://ko.example"));
    expect(result.status).toBe(201);
    const stored = await db.request.findUniqueOrThrow({ where: { reference: (result.body as FilingResponse).reference } });
    expect(stored.identitySource).toBe("card_chip");
  });
});
