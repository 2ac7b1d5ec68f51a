import { describe, expect, it } from "vitest";
import { kioskPageConfig } from "./page-config";

describe("kioskPageConfig", () => {
  it("has safe defaults", () => {
    expect(kioskPageConfig({})).toEqual({ agentUrl: "ws://127.0.0.1:8189", idleWarningSeconds: 60, idleResetSeconds: 90, demoAllowed: true });
  });
  it("reads the port, the idle times and the demo switch", () => {
    expect(
      kioskPageConfig({ KIOSK_AGENT_PORT: "8290", KIOSK_IDLE_WARNING_SECONDS: "20", KIOSK_IDLE_RESET_SECONDS: "40", KIOSK_DEMO: "off" }),
    ).toEqual({ agentUrl: "ws://127.0.0.1:8290", idleWarningSeconds: 20, idleResetSeconds: 40, demoAllowed: false });
  });
  it("ignores nonsense and keeps the warning before the wipe", () => {
    const config = kioskPageConfig({ KIOSK_AGENT_PORT: "80a", KIOSK_IDLE_WARNING_SECONDS: "120", KIOSK_IDLE_RESET_SECONDS: "-5" });
    expect(config.agentUrl).toBe("ws://127.0.0.1:8189");
    expect(config.idleResetSeconds).toBe(90);
    expect(config.idleWarningSeconds).toBe(80);
  });
});
