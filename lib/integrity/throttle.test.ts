import { describe, expect, it } from "vitest";
import { addressThrottle, spendChallenge } from "./throttle";

// Unit tests run without PostgreSQL: these are the in-memory (SQLite) throttles. The shared
// ones are in lib/security/rate-limit.integration.test.ts.
describe("address throttle", () => {
  it("allows up to the limit per address within the window, then again after it", async () => {
    const throttle = addressThrottle({ name: "test", limit: 2, windowMs: 1000, key: Buffer.alloc(32) });
    await throttle.count("192.0.2.1", 0);
    expect(await throttle.allowed("192.0.2.1", 10)).toBe(true);
    await throttle.count("192.0.2.1", 20);
    expect(await throttle.allowed("192.0.2.1", 30)).toBe(false);
    expect(await throttle.allowed("192.0.2.2", 30)).toBe(true);
    expect(await throttle.allowed("192.0.2.1", 1001)).toBe(true);
  });

  it("refuses a window longer than an hour (its rows would outlive the hour)", () => {
    expect(() => addressThrottle({ name: "test", limit: 2, windowMs: 2 * 60 * 60 * 1000 })).toThrow();
  });

  it("spends a proof-of-work challenge once", async () => {
    expect(await spendChallenge("c1", 0)).toBe(true);
    expect(await spendChallenge("c1", 5)).toBe(false);
    expect(await spendChallenge("c1", 31 * 60 * 1000)).toBe(true);
  });
});
