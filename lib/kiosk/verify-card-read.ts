import { verifyAttestation } from "kiosk-agent/attestation";
import type { Attestation } from "./contract";
import { findKioskByDeviceId } from "./devices";

export type CardReadCheck =
  | { ok: true; reader: { id: number; name: string } }
  | { ok: false; code: "device_not_enrolled" | "device_revoked" | "attestation_invalid" };

/**
 * Is this card read signed by an agent we trust (an enrolled, unrevoked kiosk or counter
 * PC) over exactly this card data? The nonce is checked and used up later, inside the
 * filing's transaction (consumeNonce). `rawCard` must be the card object exactly as it
 * arrived: the signature covers every field.
 */
export async function verifyCardRead(rawCard: object, attestation: Attestation): Promise<CardReadCheck> {
  const reader = await findKioskByDeviceId(attestation.deviceId);
  if (!reader) return { ok: false, code: "device_not_enrolled" };
  if (reader.revokedAt) return { ok: false, code: "device_revoked" };
  if (!verifyAttestation({ publicKey: reader.publicKey, data: rawCard, attestation }).ok) return { ok: false, code: "attestation_invalid" };
  return { ok: true, reader: { id: reader.id, name: reader.name } };
}
