import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedHost, publicUrlStatus } from "./public-url";

describe("which Host headers production answers", () => {
  it("with nothing configured, loopback names only", () => {
    expect(isAllowedHost("localhost:3000", allowedHosts({}))).toBe(true);
    expect(isAllowedHost("127.0.0.1:3000", allowedHosts({}))).toBe(true);
    expect(isAllowedHost("[::1]:3000", allowedHosts({}))).toBe(true);
    expect(isAllowedHost("evil.example", allowedHosts({}))).toBe(false);
    expect(isAllowedHost(undefined, allowedHosts({}))).toBe(false);
  });

  it("PUBLIC_URL's host and ALLOWED_HOSTS, and nothing else", () => {
    const allowed = allowedHosts({ PUBLIC_URL: "https://eservice.ko.go.th/", ALLOWED_HOSTS: " kiosk-server.lan , 10.0.0.5:3000" });
    expect(isAllowedHost("eservice.ko.go.th", allowed)).toBe(true);
    expect(isAllowedHost("EService.ko.go.th", allowed)).toBe(true);
    expect(isAllowedHost("kiosk-server.lan:3000", allowed)).toBe(true);
    expect(isAllowedHost("10.0.0.5:3000", allowed)).toBe(true);
    expect(isAllowedHost("10.0.0.5:4000", allowed)).toBe(false);
    expect(isAllowedHost("localhost:3000", allowed)).toBe(false);
    expect(isAllowedHost("evil.example", allowed)).toBe(false);
    expect(isAllowedHost("eservice.ko.go.th.evil.example", allowed)).toBe(false);
  });
});

describe("publicUrlStatus", () => {
  it("says what to set when PUBLIC_URL is missing", () => {
    const status = publicUrlStatus({});
    expect(status.state).toBe("unset");
    if (status.state === "unset") expect(status.advice).toContain("PUBLIC_URL=https://");
    expect(publicUrlStatus({ PUBLIC_URL: "https://eservice.ko.go.th/" })).toEqual({ state: "set", url: "https://eservice.ko.go.th" });
  });
});
