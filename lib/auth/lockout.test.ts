import { describe, expect, it } from "vitest";
import { afterFailedSignIn, isLocked, LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, minutesLeft } from "./lockout";

const now = new Date("2026-11-24T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("sign-in lockout", () => {
  it("locks on the fifth failure in a row, for 15 minutes, and starts the count again", () => {
    expect(MAX_FAILED_SIGN_INS).toBe(5);
    for (let count = 1; count < 5; count += 1) expect(afterFailedSignIn(count, now)).toEqual({ failedSignIns: count, lockedUntil: null, lockedNow: false });
    expect(afterFailedSignIn(5, now)).toEqual({ failedSignIns: 0, lockedUntil: later(LOCKOUT_MINUTES * 60_000), lockedNow: true });
    expect(LOCKOUT_MINUTES).toBe(15);
  });

  it("is locked until the instant the lock ends, and not after", () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked(later(1), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
    expect(isLocked(later(-1), now)).toBe(false);
  });

  it("counts the minutes left upwards, so the last seconds still read 1 minute", () => {
    expect(minutesLeft(later(15 * 60_000), now)).toBe(15);
    expect(minutesLeft(later(14 * 60_000 + 1), now)).toBe(15);
    expect(minutesLeft(later(60_000), now)).toBe(1);
    expect(minutesLeft(later(1_000), now)).toBe(1);
    expect(minutesLeft(later(-1_000), now)).toBe(0);
    expect(minutesLeft(null, now)).toBe(0);
  });
});
