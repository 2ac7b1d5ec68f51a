import { describe, expect, it } from "vitest";
import { rateLimiter } from "./rate-limit";
import { alignedWindow, windowKey } from "./rate-limit-windows";

describe("rate limiter in memory (SQLite: one process)", () => {
  it("allows the limit per key in a window from the key's first hit, counts refused hits too, and starts again after it", async () => {
    const allow = rateLimiter({ name: "test", limit: 3, windowMs: 1000 });
    for (const at of [0, 10, 20]) expect(await allow("a", at)).toBe(true);
    expect(await allow("a", 30)).toBe(false);
    expect(await allow("b", 30)).toBe(true);
    expect(await allow("a", 999)).toBe(false);
    expect(await allow("a", 1000)).toBe(true);
  });

  it("counts several uses at once: all of them must fit", async () => {
    const allow = rateLimiter({ name: "test", limit: 5, windowMs: 1000 });
    expect(await allow("a", 0, 4)).toBe(true);
    expect(await allow("a", 1, 2)).toBe(false);
    expect(await allow("b", 1, 6)).toBe(false);
  });
});

describe("database windows", () => {
  it("are aligned to multiples of their length, so every process names the same one", () => {
    expect(alignedWindow(61_500, 60_000)).toEqual({ start: 60_000, expiresAt: 120_000 });
    expect(alignedWindow(60_000, 60_000)).toEqual({ start: 60_000, expiresAt: 120_000 });
  });

  it("are keyed by a hash that names the limit, hides the key, and changes with the window", () => {
    const secret = Buffer.alloc(32, 7);
    const first = windowKey(secret, "online-lookups", "192.0.2.1", 0);
    expect(first).toMatch(/^online-lookups:[A-Za-z0-9_-]{43}$/);
    expect(first).not.toContain("192.0.2.1");
    expect(windowKey(secret, "online-lookups", "192.0.2.1", 0)).toBe(first);
    expect(windowKey(secret, "online-lookups", "192.0.2.1", 60_000)).not.toBe(first);
    expect(windowKey(Buffer.alloc(32, 8), "online-lookups", "192.0.2.1", 0)).not.toBe(first);
    expect(windowKey(secret, "online-lookups", "192.0.2.2", 0)).not.toBe(first);
  });
});
