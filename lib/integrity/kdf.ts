import type { Sodium } from "./sodium";

/**
 * Argon2id limits. GlobaLeaks spends about 1 s and 128 MB per password; we stay well under
 * a second on the municipality's small server (measured: ~0.35 s for 3 passes over 64 MB
 * in WebAssembly), so unlocking and submitting stay quick while a stolen database still
 * costs an attacker 64 MB and a third of a second per guess.
 */
export const PASSWORD_LIMITS = { opsLimit: 3, memLimit: 64 * 1024 * 1024 } as const;
/** The receipt is derived once per submission and per follow-up: a little cheaper. */
export const RECEIPT_LIMITS = { opsLimit: 2, memLimit: 64 * 1024 * 1024 } as const;

export type KdfLimits = { opsLimit: number; memLimit: number };

export function deriveKey(s: Sodium, secret: string, salt: Uint8Array, limits: KdfLimits): Uint8Array {
  return s.crypto_pwhash(s.crypto_secretbox_KEYBYTES, secret, salt, limits.opsLimit, limits.memLimit, s.crypto_pwhash_ALG_ARGON2ID13);
}
