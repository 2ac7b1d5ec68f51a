import { sign, verify, type KeyObject } from "node:crypto";
import { cardDataHash } from "./canonical.js";
import { deviceIdFromPublicKey, parsePublicKey, type PublicKeyInput } from "./keys.js";

export const ATTESTATION_VERSION = 1;
/** Domain separation: these signatures can never be mistaken for any other signed text. */
export const ATTESTATION_TAG = "ko-kiosk-agent/attestation/v1";

export interface Attestation {
  version: typeof ATTESTATION_VERSION;
  deviceId: string;
  /** The server-issued nonce, echoed. */
  nonce: string;
  /** ISO 8601 UTC, e.g. 2025-01-31T08:15:30.123Z. */
  readAt: string;
  /** Hex SHA-256 of canonicalJson(canonicalCardData(data)). */
  dataHash: string;
  /** Base64 Ed25519 signature over attestationMessage(...). */
  signature: string;
  /**
   * "virtual": the read came from the agent's built-in virtual (demo) card, not a real ID
   * card. Signed with the rest, so it cannot be dropped without breaking the signature.
   */
  source?: CardSource;
}

export type CardSource = "virtual";

const NONCE = /^[A-Za-z0-9._~+/=-]{16,256}$/u;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/u;
const HEX_SHA256 = /^[0-9a-f]{64}$/u;

/** Nonces are opaque to the agent but must be printable and bounded (base64url fits). */
export function isValidNonce(nonce: unknown): nonce is string {
  return typeof nonce === "string" && NONCE.test(nonce);
}

/**
 * The exact bytes signed: tag, nonce, device ID, read time and data hash, one per line, and
 * a last line "source:virtual" for a demo card's read (real reads keep the original five
 * lines, so their signatures are unchanged).
 */
export function attestationMessage(fields: { nonce: string; deviceId: string; readAt: string; dataHash: string; source?: CardSource | undefined }): Buffer {
  const lines = [ATTESTATION_TAG, fields.nonce, fields.deviceId, fields.readAt, fields.dataHash];
  if (fields.source !== undefined) lines.push(`source:${fields.source}`);
  return Buffer.from(lines.join("\n"), "utf8");
}

export function signAttestation(input: {
  privateKey: KeyObject;
  deviceId: string;
  nonce: string;
  data: object;
  readAt?: string;
  source?: CardSource | undefined;
}): Attestation {
  if (!isValidNonce(input.nonce)) throw new TypeError("nonce must be 16..256 printable base64/base64url characters");
  const readAt = input.readAt ?? new Date().toISOString();
  const dataHash = cardDataHash(input.data);
  const fields = { nonce: input.nonce, deviceId: input.deviceId, readAt, dataHash };
  const source = input.source;
  const signature = sign(null, attestationMessage({ ...fields, source }), input.privateKey).toString("base64");
  return { version: ATTESTATION_VERSION, ...fields, signature, ...(source === undefined ? {} : { source }) };
}

export type VerifyResult = { ok: true; errors: [] } | { ok: false; errors: string[] };

/**
 * Checks that `attestation` was made by the holder of `publicKey` for exactly `data`. Pure:
 * no clock, no storage. The caller still checks that the nonce is one it issued, unused and
 * fresh, and that the device is enrolled and not revoked.
 */
export function verifyAttestation(input: { publicKey: PublicKeyInput; data: object; attestation: unknown }): VerifyResult {
  const errors: string[] = [];
  let key: KeyObject | undefined;
  try {
    key = parsePublicKey(input.publicKey);
  } catch {
    errors.push("publicKey is not an Ed25519 public key (base64 SPKI DER or PEM)");
  }
  const attestation = input.attestation as Partial<Record<keyof Attestation, unknown>> | null;
  if (typeof attestation !== "object" || attestation === null) {
    return { ok: false, errors: [...errors, "attestation is missing"] };
  }
  const { version, deviceId, nonce, readAt, dataHash, signature, source } = attestation;
  if (version !== ATTESTATION_VERSION) errors.push(`unsupported attestation version: ${String(version)}`);
  if (!isValidNonce(nonce)) errors.push("nonce is malformed");
  if (typeof readAt !== "string" || !ISO_UTC.test(readAt) || Number.isNaN(Date.parse(readAt))) errors.push("readAt is not an ISO UTC timestamp");
  if (typeof dataHash !== "string" || !HEX_SHA256.test(dataHash)) errors.push("dataHash is malformed");
  if (typeof signature !== "string" || signature === "") errors.push("signature is missing");
  if (source !== undefined && source !== "virtual") errors.push("source is unknown");
  if (typeof deviceId !== "string") errors.push("deviceId is missing");
  else if (key !== undefined && deviceId !== deviceIdFromPublicKey(key)) errors.push("deviceId does not belong to the public key");
  let expectedHash: string | undefined;
  try {
    expectedHash = cardDataHash(input.data);
  } catch {
    errors.push("data cannot be canonicalised");
  }
  if (expectedHash !== undefined && typeof dataHash === "string" && dataHash !== expectedHash) {
    errors.push("dataHash does not match the data");
  }
  if (errors.length === 0 && key !== undefined) {
    const message = attestationMessage({
      nonce: nonce as string,
      deviceId: deviceId as string,
      readAt: readAt as string,
      dataHash: dataHash as string,
      source: source as CardSource | undefined,
    });
    let valid = false;
    try {
      valid = verify(null, message, key, Buffer.from(signature as string, "base64"));
    } catch {
      valid = false;
    }
    if (!valid) errors.push("signature is invalid");
  }
  return errors.length === 0 ? { ok: true, errors: [] } : { ok: false, errors };
}
