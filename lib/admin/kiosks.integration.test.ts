import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deviceIdFromPublicKey, publicKeyToBase64 } from "kiosk-agent/attestation";
import { db } from "@/lib/db/client";
import { findKioskByDeviceId } from "@/lib/kiosk/devices";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { enrollKioskDevice, listKioskDevices, pastedPublicKey, renameKioskDevice, revokeKioskDevice } from "./kiosks";
import { makeStaff } from "./test-staff";

let admin: StaffSession;
let counter: StaffSession;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.kiosks", "ADMIN");
  counter = await makeStaff("counter.kiosks", "COUNTER", ["PALAD"]);
});
afterAll(() => db.$disconnect());

function newKey(): { publicKey: string; deviceId: string } {
  const publicKey = publicKeyToBase64(generateKeyPairSync("ed25519").publicKey);
  return { publicKey, deviceId: deviceIdFromPublicKey(publicKey) };
}

describe("kiosk devices", () => {
  it("enrolls by public key as `kiosk-agent identity` prints it, and audits it", async () => {
    const { publicKey, deviceId } = newKey();
    const device = await enrollKioskDevice(admin, { name: " Counter 1 ", publicKey: `device-id: ${deviceId}\npublic-key: ${publicKey}\n` });
    expect(device).toMatchObject({ name: "Counter 1", deviceId, revokedAt: null });
    expect((await listKioskDevices(admin)).map((k) => k.name)).toContain("Counter 1");
    expect(await findKioskByDeviceId(deviceId, Date.now() + 10_000)).toMatchObject({ name: "Counter 1", revokedAt: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "kiosk.enrolled", subjectId: String(device.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, subjectType: "kiosk" });
    expect(JSON.parse(audit.detail)).toEqual({ name: "Counter 1", deviceId });
  });

  it("reads the key alone, the labelled line, or the --json output", () => {
    const { publicKey, deviceId } = newKey();
    expect(pastedPublicKey(publicKey)).toBe(publicKey);
    expect(pastedPublicKey(`public-key: ${publicKey}`)).toBe(publicKey);
    expect(pastedPublicKey(JSON.stringify({ deviceId, publicKey, publicKeyFormat: "spki-der-base64" }))).toBe(publicKey);
  });

  it("refuses a bad key, a key already enrolled, a name taken and an empty name", async () => {
    const { publicKey } = newKey();
    await expect(enrollKioskDevice(admin, { name: "Counter 9", publicKey: "not a key" })).rejects.toMatchObject({
      details: { fieldErrors: { publicKey: { code: "invalidPublicKey" } } },
    });
    await enrollKioskDevice(admin, { name: "Counter 2", publicKey });
    await expect(enrollKioskDevice(admin, { name: "Counter 3", publicKey })).rejects.toMatchObject({
      details: { fieldErrors: { publicKey: { code: "alreadyEnrolled", params: { name: "Counter 2" } } } },
    });
    await expect(enrollKioskDevice(admin, { name: "Counter 2", publicKey: newKey().publicKey })).rejects.toMatchObject({
      details: { fieldErrors: { name: { code: "nameTaken" } } },
    });
    await expect(enrollKioskDevice(admin, { name: "  ", publicKey: newKey().publicKey })).rejects.toMatchObject({
      details: { fieldErrors: { name: { code: "required" } } },
    });
  });

  it("renames, refusing a name in use, and audits the old and new names", async () => {
    const device = (await listKioskDevices(admin)).find((k) => k.name === "Counter 2")!;
    await expect(renameKioskDevice(admin, { kioskId: device.id, name: "Counter 1" })).rejects.toMatchObject({
      details: { fieldErrors: { name: { code: "nameTaken" } } },
    });
    await renameKioskDevice(admin, { kioskId: device.id, name: "Front desk" });
    expect((await db.kioskDevice.findUniqueOrThrow({ where: { id: device.id } })).name).toBe("Front desk");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "kiosk.renamed", subjectId: String(device.id) } });
    expect(JSON.parse(audit.detail)).toEqual({ from: "Counter 2", to: "Front desk" });
    await expect(renameKioskDevice(admin, { kioskId: 99_999, name: "Ghost" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("revokes: the kiosk's reads are refused at once, and the revocation is audited once", async () => {
    const device = (await listKioskDevices(admin)).find((k) => k.name === "Counter 1")!;
    await findKioskByDeviceId(device.deviceId); // cached as trusted
    await revokeKioskDevice(admin, { kioskId: device.id });
    expect((await findKioskByDeviceId(device.deviceId))?.revokedAt).toBeInstanceOf(Date);
    await revokeKioskDevice(admin, { kioskId: device.id });
    expect(await db.auditLog.count({ where: { action: "kiosk.revoked", subjectId: String(device.id) } })).toBe(1);
  });

  it("refuses anyone but an admin", async () => {
    const device = (await listKioskDevices(admin)).find((k) => k.name === "Front desk")!;
    await expect(listKioskDevices(counter)).rejects.toMatchObject({ code: "forbidden" });
    await expect(enrollKioskDevice(counter, { name: "Mine", publicKey: newKey().publicKey })).rejects.toMatchObject({ code: "forbidden" });
    await expect(renameKioskDevice(counter, { kioskId: device.id, name: "Mine" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeKioskDevice(counter, { kioskId: device.id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.kioskDevice.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({ name: "Front desk", revokedAt: null });
  });
});
