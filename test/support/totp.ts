import { createHmac } from "node:crypto";

/** RFC 6238 codes for tests, as an authenticator app computes them (no imports from lib/). */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer {
  const clean = text.replace(/=+$/, "").toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The 6-digit code an authenticator app shows for this base32 secret (RFC 6238: SHA-1, 30 s). */
export function totpCode(secretBase32: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", fromBase32(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 15;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, "0");
}

const lastStepUsed = new Map<string, number>();

/**
 * A code the server has not yet seen for this secret (a code works once, RFC 6238 s5.2):
 * the earliest step of the accepted window after the last one this process used, waiting
 * for the clock when the window is used up. For helpers that sign one account in repeatedly.
 */
export async function unusedTotpCode(secretBase32: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    const step = Math.max(current - 1, (lastStepUsed.get(secretBase32) ?? -Infinity) + 1);
    if (step <= current + 1) {
      lastStepUsed.set(secretBase32, step);
      return totpCode(secretBase32, step * 30_000 + 1);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
