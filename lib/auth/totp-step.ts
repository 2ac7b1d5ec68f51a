import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * RFC 6238 time steps, as pure functions: which step of the accepted window (the one
 * before, this one, the one after, as Better Auth accepts) a code belongs to. Better Auth
 * keeps the app's secret as text and uses its UTF-8 bytes as the HMAC-SHA-1 key.
 */
export const TOTP_PERIOD_SECONDS = 30;

export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export function hotp(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", Buffer.from(secret, "utf8")).update(counter).digest();
  const offset = mac[mac.length - 1]! & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** The step of the window the code was made for, or null when it matches none. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const current = timeStep(now);
  let found: number | null = null;
  // Every step is compared, in constant time, so the answer's timing says nothing.
  for (const step of [current - 1, current, current + 1]) {
    const expected = Buffer.from(hotp(secret, step));
    const given = Buffer.from(code.padEnd(expected.length).slice(0, expected.length));
    if (timingSafeEqual(expected, given) && code.length === expected.length) found ??= step;
  }
  return found;
}
