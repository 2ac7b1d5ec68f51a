import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, statSync, writeFileSync, chmodSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  attestationMessage,
  canonicalCardData,
  canonicalJson,
  cardDataHash,
  deviceIdFromPublicKey,
  loadOrCreateDeviceKey,
  publicKeyToBase64,
  signAttestation,
  verifyAttestation,
} from "../../src/attestation/index.js";
import { EXPECTED } from "../helpers/expected.js";

const NONCE = "n0nce-AbCdEfGh_123456";
const data = { ...EXPECTED["ko-resident"], photo: "AAAA", meta: { reader: "R", atr: "3B", apdus: 7, ms: 90 } };

function device() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: publicKeyToBase64(publicKey), deviceId: deviceIdFromPublicKey(publicKey) };
}

describe("canonical JSON", () => {
  it("sorts keys at every level and has no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: "ก" }], c: true } })).toBe('{"a":{"c":true,"d":[2,{"y":"ก","z":null}]},"b":1}');
  });

  it("leaves out undefined members and refuses what JSON cannot hold", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });

  it("excludes the photo and meta from the attested card data", () => {
    const canonical = canonicalCardData(data);
    expect(canonical).not.toHaveProperty("photo");
    expect(canonical).not.toHaveProperty("meta");
    expect(cardDataHash(data)).toBe(cardDataHash(EXPECTED["ko-resident"]));
    expect(cardDataHash({ ...data, photo: "BBBB" })).toBe(cardDataHash(data));
  });

  it("hashes the same whatever the key order", () => {
    const reversed = Object.fromEntries(Object.entries(EXPECTED["ko-resident"]).reverse());
    expect(cardDataHash(reversed)).toBe(cardDataHash(EXPECTED["ko-resident"]));
  });
});

describe("sign and verify", () => {
  it("verifies what it signs", () => {
    const d = device();
    const attestation = signAttestation({ ...d, nonce: NONCE, data, readAt: "2025-01-31T08:15:30.123Z" });
    expect(attestation).toMatchObject({ version: 1, deviceId: d.deviceId, nonce: NONCE, readAt: "2025-01-31T08:15:30.123Z" });
    expect(attestation.dataHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation })).toEqual({ ok: true, errors: [] });
  });

  it("signs the documented byte string", () => {
    const message = attestationMessage({ nonce: NONCE, deviceId: "a-b", readAt: "2025-01-31T08:15:30.123Z", dataHash: "ff" });
    expect(message.toString()).toBe(`ko-kiosk-agent/attestation/v1\n${NONCE}\na-b\n2025-01-31T08:15:30.123Z\nff`);
  });

  it("fails for changed data, another nonce, another time or another device", () => {
    const d = device();
    const attestation = signAttestation({ ...d, nonce: NONCE, data });
    const changed = { ...data, citizenId: "3510500012687" };
    expect(verifyAttestation({ publicKey: d.publicKey, data: changed, attestation }).errors).toContain("dataHash does not match the data");
    const otherNonce = { ...attestation, nonce: "another-nonce-0000000" };
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation: otherNonce }).errors).toEqual(["signature is invalid"]);
    const otherTime = { ...attestation, readAt: "2020-01-01T00:00:00.000Z" };
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation: otherTime }).errors).toEqual(["signature is invalid"]);
    const other = device();
    const result = verifyAttestation({ publicKey: other.publicKey, data, attestation });
    expect(result.ok).toBe(false);
    expect(result.errors).toContain("deviceId does not belong to the public key");
    // A forger who also swaps the device ID still fails on the signature.
    const swapped = { ...attestation, deviceId: other.deviceId };
    expect(verifyAttestation({ publicKey: other.publicKey, data, attestation: swapped }).errors).toEqual(["signature is invalid"]);
  });

  it("returns errors instead of throwing on garbage", () => {
    const d = device();
    for (const attestation of [null, undefined, 42, "x", {}, { version: 1 }, { version: 2, signature: "" }]) {
      const result = verifyAttestation({ publicKey: d.publicKey, data, attestation });
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(verifyAttestation({ publicKey: "not a key", data, attestation: signAttestation({ ...d, nonce: NONCE, data }) }).ok).toBe(false);
  });

  it("accepts the public key as base64 SPKI DER, PEM or KeyObject", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const deviceId = deviceIdFromPublicKey(publicKey);
    const attestation = signAttestation({ privateKey, deviceId, nonce: NONCE, data });
    for (const key of [publicKeyToBase64(publicKey), publicKey.export({ format: "pem", type: "spki" }).toString(), publicKey]) {
      expect(verifyAttestation({ publicKey: key, data, attestation }).ok).toBe(true);
    }
  });

  it("refuses malformed nonces when signing", () => {
    const d = device();
    for (const nonce of ["short", "has space in it 123456", "line\nbreak-0123456789", "x".repeat(257)]) {
      expect(() => signAttestation({ ...d, nonce, data })).toThrow(TypeError);
    }
  });
});

describe("device key", () => {
  it("is created once with mode 0600 and reused", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "ka-key-")), "nested");
    const first = loadOrCreateDeviceKey(dir);
    expect(statSync(first.keyPath).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = loadOrCreateDeviceKey(dir);
    expect(second.deviceId).toBe(first.deviceId);
    expect(second.publicKey).toBe(first.publicKey);
    expect(first.deviceId).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(Buffer.from(first.publicKey, "base64").length).toBe(44); // Ed25519 SPKI DER
  });

  it("tightens a key file readable by others", () => {
    const dir = mkdtempSync(join(tmpdir(), "ka-key-"));
    const identity = loadOrCreateDeviceKey(dir);
    chmodSync(identity.keyPath, 0o644);
    loadOrCreateDeviceKey(dir);
    expect(statSync(identity.keyPath).mode & 0o777).toBe(0o600);
  });

  it("refuses a key file that is not Ed25519", () => {
    const dir = mkdtempSync(join(tmpdir(), "ka-key-"));
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    writeFileSync(join(dir, "device-key.pem"), privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
    expect(() => loadOrCreateDeviceKey(dir)).toThrow(/Ed25519/);
    expect(readFileSync(join(dir, "device-key.pem"), "utf8")).toContain("PRIVATE KEY");
  });
});
