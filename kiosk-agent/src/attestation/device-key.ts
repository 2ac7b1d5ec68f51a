import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deviceIdFromPublicKey, publicKeyToBase64 } from "./keys.js";

export const DEVICE_KEY_FILE = "device-key.pem";

export interface DeviceIdentity {
  deviceId: string;
  /** Base64 SPKI DER. */
  publicKey: string;
  privateKey: KeyObject;
  keyPath: string;
}

/**
 * Loads this device's Ed25519 key, creating it on first run. The private key file is mode
 * 0600 in a 0700 directory. Creation writes a temporary file and hard-links it into place, so
 * two agents starting together never see a half-written key and never overwrite each other.
 */
export function loadOrCreateDeviceKey(configDir: string): DeviceIdentity {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const keyPath = join(configDir, DEVICE_KEY_FILE);
  let pem = tryRead(keyPath);
  if (pem === undefined) {
    const { privateKey } = generateKeyPairSync("ed25519");
    const temporary = `${keyPath}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600, flag: "wx" });
    try {
      linkSync(temporary, keyPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      unlinkSync(temporary);
    }
    pem = readFileSync(keyPath, "utf8");
  }
  // A key readable by others is fixed rather than trusted as is.
  if ((statSync(keyPath).mode & 0o077) !== 0) chmodSync(keyPath, 0o600);
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error(`${keyPath} does not hold an Ed25519 key`);
  const publicKey = createPublicKey(privateKey);
  return { deviceId: deviceIdFromPublicKey(publicKey), publicKey: publicKeyToBase64(publicKey), privateKey, keyPath };
}

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
