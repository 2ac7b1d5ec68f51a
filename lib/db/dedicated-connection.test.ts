import { describe, expect, it } from "vitest";
import { reconnectDelayMs } from "./dedicated-connection";

describe("reconnecting a dedicated connection", () => {
  it("waits half a second, then twice as long each time, never more than 30 s", () => {
    expect([0, 1, 2, 3].map(reconnectDelayMs)).toEqual([500, 1_000, 2_000, 4_000]);
    expect(reconnectDelayMs(6)).toBe(30_000);
    expect(reconnectDelayMs(1_000)).toBe(30_000);
  });
});
