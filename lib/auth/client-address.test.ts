import { describe, expect, it } from "vitest";
import { clientAddress, settleForwardedFor } from "./client-address";

const addressOf = (headers: Record<string, string | string[] | undefined>) => clientAddress(new Headers(headers as Record<string, string>));

describe("the sign-in throttle's client address", () => {
  it("without a trusted proxy is the socket's, whatever header the client sent", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "203.0.113.99" };
    settleForwardedFor(headers, "::ffff:192.168.1.20", false);
    expect(addressOf(headers)).toBe("192.168.1.20");
  });

  it("behind a trusted proxy is the last address the proxy appended", () => {
    const headers: Record<string, string | undefined> = { "x-forwarded-for": "203.0.113.99, 10.0.0.7" };
    settleForwardedFor(headers, "127.0.0.1", true);
    expect(addressOf(headers)).toBe("10.0.0.7");
  });

  it("behind a proxy that sent none, falls back to the socket", () => {
    const headers: Record<string, string | undefined> = {};
    settleForwardedFor(headers, "127.0.0.1", true);
    expect(addressOf(headers)).toBe("127.0.0.1");
  });
});
