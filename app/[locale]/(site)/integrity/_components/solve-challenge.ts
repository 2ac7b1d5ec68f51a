/**
 * The browser's half of lib/integrity/proof-of-work.ts: find a nonce so that
 * SHA-256(challenge + nonce) starts with `bits` zero bits (Web Crypto, a few hundred ms).
 */
export async function solveChallenge(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let nonce = 0; ; nonce++) {
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(challenge + nonce)));
    if (zeroBits(hash) >= bits) return String(nonce);
  }
}

function zeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}
