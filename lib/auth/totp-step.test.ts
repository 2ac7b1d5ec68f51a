import { describe, expect, it } from "vitest";
import { base32, totpCode } from "@/test/support/totp";
import { matchingStep, timeStep } from "./totp-step";

const secret = "abcdefghijklmnopqrstuvwxyz012345";
const now = new Date("2026-12-06T09:00:10Z");
const at = (steps: number) => now.getTime() + steps * 30_000;

describe("TOTP time steps", () => {
  it("finds the step of the window a code was made for, as an authenticator app makes it", () => {
    const app = base32(Buffer.from(secret));
    expect(matchingStep(secret, totpCode(app, at(0)), now)).toBe(timeStep(now));
    expect(matchingStep(secret, totpCode(app, at(-1)), now)).toBe(timeStep(now) - 1);
    expect(matchingStep(secret, totpCode(app, at(1)), now)).toBe(timeStep(now) + 1);
  });

  it("matches nothing outside the window, or for a malformed code", () => {
    const app = base32(Buffer.from(secret));
    expect(matchingStep(secret, totpCode(app, at(-2)), now)).toBeNull();
    expect(matchingStep(secret, totpCode(app, at(0)).slice(0, 5), now)).toBeNull();
    expect(matchingStep(secret, `${totpCode(app, at(0))}0`, now)).toBeNull();
  });
});
