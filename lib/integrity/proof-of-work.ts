import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A small proof-of-work per submission (as GlobaLeaks asks per session): the server hands
 * out a signed challenge, the browser finds a nonce so that sha256(challenge + nonce) starts
 * with `bits` zero bits. Stateless to issue (the HMAC proves we made it and when); each
 * challenge is spent once (the caller keeps the spent set, see throttle.ts).
 */
export const POW_BITS = 16; // about 65,000 hashes: well under a second in a phone's browser
export const POW_MAX_AGE_MS = 30 * 60 * 1000;

export function issueChallenge(secret: Buffer, now: number, random: Buffer = randomBytes(16)): string {
  const body = `${now.toString(36)}.${random.toString("hex")}`;
  return `${body}.${sign(secret, body)}`;
}

export type PowCheck = "ok" | "malformed" | "forged" | "expired" | "insufficient";

export function checkProofOfWork(secret: Buffer, challenge: string, nonce: string, now: number, bits = POW_BITS): PowCheck {
  const parts = challenge.split(".");
  if (parts.length !== 3 || !/^[0-9a-z]{1,12}$/.test(parts[0]!) || !/^[0-9a-f]{32}$/.test(parts[1]!) || !/^\d{1,12}$/.test(nonce)) return "malformed";
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const issued = parseInt(parts[0]!, 36);
  if (!(issued <= now && now - issued <= POW_MAX_AGE_MS)) return "expired";
  return leadingZeroBits(createHash("sha256").update(challenge + nonce).digest()) >= bits ? "ok" : "insufficient";
}

/** When a well-formed challenge says it was issued (ms), or null; checkProofOfWork proves it true. */
export function challengeIssuedAt(challenge: string): number | null {
  const issued = challenge.split(".")[0] ?? "";
  return /^[0-9a-z]{1,12}$/.test(issued) ? parseInt(issued, 36) : null;
}

/** What the browser does (the same loop, in Web Crypto there); here for tests and tools. */
export function solveChallenge(challenge: string, bits = POW_BITS): string {
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(createHash("sha256").update(challenge + nonce).digest()) >= bits) return String(nonce);
  }
}

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

function sign(secret: Buffer, body: string): string {
  return createHmac("sha256", secret).update(`integrity-pow:${body}`).digest("base64url");
}
