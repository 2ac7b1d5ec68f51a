import { describe, expect, it } from "vitest";
import { agentOrigins, contentSecurityPolicy, newNonce, readsCards } from "./content-security-policy";

describe("content security policy", () => {
  it("runs only nonce'd scripts, never eval, and cannot be framed", () => {
    const policy = contentSecurityPolicy({ nonce: "abc" });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("connect-src 'self';");
  });

  it("lets only card-reading pages reach the loopback agent", () => {
    expect(readsCards("/kiosk")).toBe(true);
    expect(readsCards("/en/kiosk")).toBe(true);
    expect(readsCards("/staff/file/PUBLIC_INFRASTRUCTURE_REPAIR")).toBe(true);
    expect(readsCards("/staff/requests/KO-2570-000001")).toBe(true);
    expect(readsCards("/staff/requests/KO-2570-000001/defects/print")).toBe(false);
    expect(readsCards("/kiosks")).toBe(false);
    expect(readsCards("/services")).toBe(false);
    expect(readsCards("/staff")).toBe(false);
    const policy = contentSecurityPolicy({ nonce: "n", agentOrigins: agentOrigins("ws://127.0.0.1:8189") });
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:8189 ws://localhost:8189;");
  });

  it("makes a different nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
