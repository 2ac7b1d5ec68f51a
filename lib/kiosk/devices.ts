import { deviceIdFromPublicKey, parsePublicKey, publicKeyToBase64 } from "kiosk-agent/attestation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type KioskDeviceInfo = { id: number; name: string; deviceId: string; enrolledAt: Date; revokedAt: Date | null };

/** Trust a kiosk agent's card reads: record its public key (as `kiosk-agent identity` prints it). */
export async function enrollKiosk(name: string, publicKey: string): Promise<KioskDeviceInfo> {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 60) throw new AppError("invalid_name");
  let key: string;
  let deviceId: string;
  try {
    key = publicKeyToBase64(parsePublicKey(publicKey.trim()));
    deviceId = deviceIdFromPublicKey(key);
  } catch {
    throw new AppError("invalid_public_key");
  }
  const sameKey = await db.kioskDevice.findUnique({ where: { deviceId } });
  if (sameKey) throw new AppError("already_enrolled", { name: sameKey.name, revoked: sameKey.revokedAt !== null });
  if (await db.kioskDevice.findUnique({ where: { name: trimmed } })) throw new AppError("name_taken");
  return db.kioskDevice.create({
    data: { name: trimmed, deviceId, publicKey: key },
    select: { id: true, name: true, deviceId: true, enrolledAt: true, revokedAt: true },
  });
}

/** Stop trusting a kiosk at once (a lost or replaced PC). Revocation is permanent. */
export async function revokeKiosk(name: string, now = new Date()): Promise<KioskDeviceInfo> {
  const device = await db.kioskDevice.findUnique({ where: { name: name.trim() } });
  if (!device) throw new AppError("not_found");
  if (device.revokedAt) return device;
  return db.kioskDevice.update({ where: { id: device.id }, data: { revokedAt: now } });
}

export async function listKiosks(): Promise<KioskDeviceInfo[]> {
  return db.kioskDevice.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, deviceId: true, enrolledAt: true, revokedAt: true },
  });
}
