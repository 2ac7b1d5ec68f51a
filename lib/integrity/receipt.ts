import { createHmac, randomInt } from "node:crypto";
import { z } from "zod";
import { deriveKey, RECEIPT_LIMITS } from "./kdf";
import { integritySubkey } from "./secrets";
import type { Sodium } from "./sodium";

/** 16 digits, about 53 bits: the reporter's only way back, shown once. */
export const RECEIPT_DIGITS = 16;

/** A fresh code, every digit from the CSPRNG (randomInt is uniform, no modulo bias). */
export function newReceiptCode(): string {
  let code = "";
  for (let i = 0; i < RECEIPT_DIGITS; i++) code += String(randomInt(10));
  return code;
}

/** "4821 0937 5512 6604": groups of four, easy to copy onto paper like a phone number. */
export function formatReceiptCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** What a person types back: spaces, dashes and Thai digits allowed. */
export const receiptCodeSchema = z
  .string()
  .transform((raw) => raw.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{16}$/, { message: "รหัสรับแจ้งมี 16 หลัก / The receipt code has 16 digits" }));

export type ReceiptSecrets = { lookup: string; key: Uint8Array };

/**
 * From the code to (lookup, key) with exactly one Argon2id per attempt. The salt is a keyed
 * hash of the code under the server's pepper, so it is deterministic (no row needs to be
 * found first) and differs per code. A wrong code, near a real one or not, costs the same
 * one derivation and one indexed lookup that finds nothing. A stolen database without the
 * pepper gives nothing to guess against; with the pepper, each of the 10^16 guesses still
 * costs an Argon2id over 64 MB.
 */
export function deriveReceipt(s: Sodium, code: string, pepper: Buffer = integritySubkey("receipt-pepper")): ReceiptSecrets {
  const salt = createHmac("sha256", pepper).update(code).digest().subarray(0, s.crypto_pwhash_SALTBYTES);
  const master = deriveKey(s, code, salt, RECEIPT_LIMITS);
  const lookup = s.to_hex(s.crypto_generichash(32, master, s.from_string("integrity-receipt-lookup")));
  const key = s.crypto_generichash(s.crypto_secretbox_KEYBYTES, master, s.from_string("integrity-receipt-key"));
  s.memzero(master);
  return { lookup, key };
}
