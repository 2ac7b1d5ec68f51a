import { describe, expect, it } from "vitest";
import { addressThrottle, spendChallenge } from "./throttle";

describe("address throttle", () => {
  it("allows up to the limit per address within the window, then again after it", () => {
    const throttle = addressThrottle(2, 1000, Buffer.alloc(32));
    throttle.count("192.0.2.1", 0);
    expect(throttle.allowed("192.0.2.1", 10)).toBe(true);
    throttle.count("192.0.2.1", 20);
    expect(throttle.allowed("192.0.2.1", 30)).toBe(false);
    expect(throttle.allowed("192.0.2.2", 30)).toBe(true);
    expect(throttle.allowed("192.0.2.1", 1001)).toBe(true);
  });

  it("spends a proof-of-work challenge once", () => {
    expect(spendChallenge("c1", 0)).toBe(true);
    expect(spendChallenge("c1", 5)).toBe(false);
    expect(spendChallenge("c1", 31 * 60 * 1000)).toBe(true);
  });
});
