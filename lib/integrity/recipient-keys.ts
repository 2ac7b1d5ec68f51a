import { deriveKey, PASSWORD_LIMITS } from "./kdf";
import { lock, toBytes, unlock, type Sodium } from "./sodium";

/** What the IntegrityRecipient row holds of a recipient's keys. */
export type StoredRecipientKeys = {
  publicKey: Uint8Array<ArrayBuffer>;
  secretKeyBox: Uint8Array<ArrayBuffer>;
  pwSalt: Uint8Array<ArrayBuffer>;
  pwOpsLimit: number;
  pwMemLimit: number;
};

/** A recipient after unlocking: the secret key lives only in this object, in memory. */
export type UnlockedRecipient = { recipientId: number; publicKey: Uint8Array; secretKey: Uint8Array };

/**
 * A fresh key pair whose secret key is wrapped under the recipient's own password. There is
 * no other copy and no escrow: a forgotten password cannot be reset, only replaced by a new
 * recipient (who cannot read the old reports).
 */
export function makeRecipientKeys(s: Sodium, password: string): StoredRecipientKeys {
  const pair = s.crypto_box_keypair();
  const salt = s.randombytes_buf(s.crypto_pwhash_SALTBYTES);
  const wrapKey = deriveKey(s, password, salt, PASSWORD_LIMITS);
  const stored = {
    publicKey: toBytes(pair.publicKey),
    secretKeyBox: lock(s, pair.privateKey, wrapKey),
    pwSalt: toBytes(salt),
    pwOpsLimit: PASSWORD_LIMITS.opsLimit,
    pwMemLimit: PASSWORD_LIMITS.memLimit,
  };
  s.memzero(wrapKey);
  s.memzero(pair.privateKey);
  return stored;
}

/** The secret key, or null for a wrong password (the limits stored with the row are used). */
export function unwrapSecretKey(s: Sodium, stored: StoredRecipientKeys, password: string): Uint8Array | null {
  const wrapKey = deriveKey(s, password, stored.pwSalt, { opsLimit: stored.pwOpsLimit, memLimit: stored.pwMemLimit });
  const secretKey = unlock(s, stored.secretKeyBox, wrapKey);
  s.memzero(wrapKey);
  return secretKey;
}
