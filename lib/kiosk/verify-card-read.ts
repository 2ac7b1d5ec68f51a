import { verifyAttestation } from "kiosk-agent/attestation";
import type { Attestation } from "./contract";
import { findKioskByDeviceId } from "./devices";
import { kioskPageConfig } from "./page-config";

export type CardReadCheck =
  | { ok: true; reader: { id: number; name: string }; demo: boolean }
  | { ok: false; code: "device_not_enrolled" | "device_revoked" | "attestation_invalid" | "demo_card_refused" };

/**
 * Is this card read signed by an agent we trust (an enrolled, unrevoked kiosk or counter
 * PC) over exactly this card data? The nonce is checked and used up later, inside the
 * filing's transaction (consumeNonce). `rawCard` must be the card object exactly as it
 * arrived: the signature covers every field. A read of the agent's demo card (its signed
 * `source` says "virtual") is `demo`, and refused outright outside a demo installation
 * (KIOSK_DEMO=off): a made-up person must never be filed as if read from a real card.
 */
export async function verifyCardRead(rawCard: object, attestation: Attestation, env: Record<string, string | undefined> = process.env): Promise<CardReadCheck> {
  const reader = await findKioskByDeviceId(attestation.deviceId);
  if (!reader) return { ok: false, code: "device_not_enrolled" };
  if (reader.revokedAt) return { ok: false, code: "device_revoked" };
  if (!verifyAttestation({ publicKey: reader.publicKey, data: rawCard, attestation }).ok) return { ok: false, code: "attestation_invalid" };
  const demo = attestation.source === "virtual";
  if (demo && !kioskPageConfig(env).demoAllowed) return { ok: false, code: "demo_card_refused" };
  return { ok: true, reader: { id: reader.id, name: reader.name }, demo };
}

/** How a verified read establishes the applicant's identity, as the request records it. */
export function cardReadIdentity(read: { reader: { id: number; name: string }; demo: boolean }, filedBy?: string) {
  const where = filedBy === undefined ? "" : `, filed at the counter by ${filedBy}`;
  return read.demo
    ? { source: "demo_card" as const, detail: `demo card read at ${read.reader.name}, not a real ID card${where}`, kioskId: read.reader.id }
    : { source: "card_chip" as const, detail: `identity verified from the ID card chip at ${read.reader.name}${where}`, kioskId: read.reader.id };
}
