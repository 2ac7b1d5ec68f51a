import type { KeyObject } from "node:crypto";
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
  const revoked = await db.kioskDevice.update({ where: { id: device.id }, data: { revokedAt: now } });
  forgetTrustedKiosks();
  return revoked;
}

export async function listKiosks(): Promise<KioskDeviceInfo[]> {
  return db.kioskDevice.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, deviceId: true, enrolledAt: true, revokedAt: true },
  });
}

type TrustedKiosk = { id: number; name: string; publicKey: KeyObject; revokedAt: Date | null };

// Parsing a key costs more than checking a signature with it; kiosks are few.
const parsedKeys = new Map<string, KeyObject>();
function keyObject(publicKey: string): KeyObject {
  let key = parsedKeys.get(publicKey);
  if (!key) {
    if (parsedKeys.size > 1_000) parsedKeys.clear();
    key = parsePublicKey(publicKey);
    parsedKeys.set(publicKey, key);
  }
  return key;
}

/**
 * The kiosk a card read claims to come from. Read on every filing, so kept in memory for
 * at most 2 s: a revocation takes effect at once in this process and within 2 s elsewhere.
 */
const KIOSK_CACHE_MS = 2_000;
const trusted = new Map<string, { kiosk: TrustedKiosk | null; at: number }>();

export async function findKioskByDeviceId(deviceId: string, now = Date.now()): Promise<TrustedKiosk | null> {
  const cached = trusted.get(deviceId);
  if (cached && now - cached.at <= KIOSK_CACHE_MS) return cached.kiosk;
  const row = await db.kioskDevice.findUnique({ where: { deviceId }, select: { id: true, name: true, publicKey: true, revokedAt: true } });
  const kiosk = row ? { ...row, publicKey: keyObject(row.publicKey) } : null;
  if (trusted.size > 1_000) trusted.clear();
  trusted.set(deviceId, { kiosk, at: now });
  return kiosk;
}

function forgetTrustedKiosks(): void {
  trusted.clear();
}
