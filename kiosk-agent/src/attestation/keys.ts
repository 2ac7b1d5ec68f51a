import { createHash, createPublicKey, KeyObject } from "node:crypto";

/**
 * Public keys travel as base64 of the SPKI DER encoding: one line, no PEM armour, easy to
 * paste into `npm run kiosk -- enroll --public-key <value>`. PEM is accepted on input too.
 */
export type PublicKeyInput = string | KeyObject;

export function parsePublicKey(input: PublicKeyInput): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type === "private") return createPublicKey(input);
    return input;
  }
  const text = input.trim();
  const key = text.startsWith("-----BEGIN")
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
  if (key.asymmetricKeyType !== "ed25519") throw new TypeError("not an Ed25519 public key");
  return key;
}

export function publicKeyToBase64(key: KeyObject): string {
  return parsePublicKey(key).export({ format: "der", type: "spki" }).toString("base64");
}

/**
 * The device ID is derived from the public key (first 64 bits of SHA-256 over the SPKI DER,
 * grouped for reading aloud), so it cannot be claimed without the key.
 */
export function deviceIdFromPublicKey(input: PublicKeyInput): string {
  const key = parsePublicKey(input);
  let deviceId = deviceIds.get(key);
  if (deviceId === undefined) {
    const der = key.export({ format: "der", type: "spki" });
    const digest = createHash("sha256").update(der).digest("hex").slice(0, 16);
    deviceId = digest.match(/.{4}/gu)!.join("-");
    deviceIds.set(key, deviceId);
  }
  return deviceId;
}

// The server checks every filing's device ID against a key object it keeps; exporting the
// key again each time cost more than verifying the signature. Keys are immutable.
const deviceIds = new WeakMap<KeyObject, string>();
