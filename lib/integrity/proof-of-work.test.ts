import { describe, expect, it } from "vitest";
import { checkProofOfWork, issueChallenge, leadingZeroBits, POW_MAX_AGE_MS, solveChallenge } from "./proof-of-work";

const secret = Buffer.alloc(32, 7);
const now = 1_800_000_000_000;

describe("proof of work", () => {
  it("counts leading zero bits", () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array(4))).toBe(32);
  });

  it("accepts a solved challenge and refuses an unsolved one", () => {
    const challenge = issueChallenge(secret, now);
    const nonce = solveChallenge(challenge, 10);
    expect(checkProofOfWork(secret, challenge, nonce, now + 1000, 10)).toBe("ok");
    // A nonce good for 10 bits rarely is for 24; find one that is not and expect refusal.
    let bad = 0;
    while (checkProofOfWork(secret, challenge, String(bad), now, 10) === "ok") bad++;
    expect(checkProofOfWork(secret, challenge, String(bad), now, 10)).toBe("insufficient");
  });

  it("refuses forged, stale and malformed challenges", () => {
    const challenge = issueChallenge(secret, now);
    const nonce = solveChallenge(challenge, 8);
    expect(checkProofOfWork(Buffer.alloc(32, 8), challenge, nonce, now, 8)).toBe("forged");
    const [time, random, mac] = challenge.split(".");
    expect(checkProofOfWork(secret, `${(now + 5).toString(36)}.${random}.${mac}`, nonce, now + 10, 8)).toBe("forged");
    expect(checkProofOfWork(secret, challenge, nonce, now + POW_MAX_AGE_MS + 1, 8)).toBe("expired");
    expect(checkProofOfWork(secret, challenge, nonce, now - 1, 8)).toBe("expired");
    expect(checkProofOfWork(secret, `${time}.${random}`, nonce, now, 8)).toBe("malformed");
    expect(checkProofOfWork(secret, challenge, "12a", now, 8)).toBe("malformed");
  });
});
