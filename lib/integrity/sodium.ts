import sodiumModule from "libsodium-wrappers-sumo";

export type Sodium = typeof sodiumModule;

/** libsodium is WebAssembly: ready once per process, then every call is synchronous. */
export async function sodium(): Promise<Sodium> {
  await sodiumModule.ready;
  return sodiumModule;
}

/** Bytes as Prisma stores them (a fresh ArrayBuffer, not a view into WebAssembly memory). */
export function toBytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(view.length));
  copy.set(view);
  return copy;
}

/** crypto_secretbox with a random nonce, stored together as nonce || ciphertext. */
export function lock(s: Sodium, plaintext: Uint8Array | string, key: Uint8Array): Uint8Array<ArrayBuffer> {
  const nonce = s.randombytes_buf(s.crypto_secretbox_NONCEBYTES);
  const box = s.crypto_secretbox_easy(plaintext, nonce, key);
  const out = new Uint8Array(new ArrayBuffer(nonce.length + box.length));
  out.set(nonce);
  out.set(box, nonce.length);
  return out;
}

/** The inverse of lock; null when the key is wrong or the box was altered. */
export function unlock(s: Sodium, stored: Uint8Array, key: Uint8Array): Uint8Array | null {
  const n = s.crypto_secretbox_NONCEBYTES;
  if (stored.length < n + s.crypto_secretbox_MACBYTES) return null;
  try {
    return s.crypto_secretbox_open_easy(stored.subarray(n), stored.subarray(0, n), key);
  } catch {
    return null;
  }
}

export function lockJson(s: Sodium, value: unknown, key: Uint8Array): Uint8Array<ArrayBuffer> {
  return lock(s, JSON.stringify(value), key);
}

export function unlockJson(s: Sodium, stored: Uint8Array, key: Uint8Array): unknown {
  const plain = unlock(s, stored, key);
  return plain ? JSON.parse(s.to_string(plain)) : null;
}
