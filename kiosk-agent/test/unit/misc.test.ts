import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AGENT_VERSION } from "../../src/version.js";
import { FrameReader, frame } from "../../src/virtual/vpcd-framing.js";
import { createOriginCheck, isLoopbackHost } from "../../src/server/origin.js";
import { chooseReader } from "../../src/agent/choose-reader.js";
import { resolveConfigDir } from "../../src/attestation/config-dir.js";

describe("version", () => {
  it("matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(AGENT_VERSION).toBe(pkg.version);
  });
});

describe("vpcd framing", () => {
  it("reassembles frames split anywhere, including between length and payload", () => {
    const stream = Buffer.concat([frame(Buffer.from([4])), frame(Buffer.from("00A4040008A000000054480001", "hex"))]);
    for (let cut = 0; cut <= stream.length; cut++) {
      const reader = new FrameReader();
      const frames = [...reader.push(stream.subarray(0, cut)), ...reader.push(stream.subarray(cut))];
      expect(frames.map((f) => f.toString("hex"))).toEqual(["04", "00a4040008a000000054480001"]);
    }
  });

  it("never frames an empty payload", () => {
    expect(() => frame(Buffer.alloc(0))).toThrow(RangeError);
  });
});

describe("origin rule", () => {
  const allowed = createOriginCheck(["http://localhost:3000", "https://kiosk.ko.go.th/"]);

  it("accepts listed origins exactly", () => {
    expect(allowed("http://localhost:3000")).toBe(true);
    expect(allowed("https://kiosk.ko.go.th")).toBe(true);
  });

  it("refuses other origins, missing or null origins and look-alikes", () => {
    for (const origin of [undefined, "", "null", "http://localhost:3001", "http://localhost", "https://localhost:3000",
      "http://evil.example", "http://localhost:3000.evil.example", "file://", "https://kiosk.ko.go.th.evil.example"]) {
      expect(allowed(origin), String(origin)).toBe(false);
    }
  });

  it("checks the Host header is loopback", () => {
    expect(isLoopbackHost("127.0.0.1:8189", 8189)).toBe(true);
    expect(isLoopbackHost("localhost:8189", 8189)).toBe(true);
    expect(isLoopbackHost("evil.example:8189", 8189)).toBe(false);
    expect(isLoopbackHost(undefined, 8189)).toBe(false);
  });
});

describe("reader choice", () => {
  const readers = [
    { name: "A", cardPresent: false, atr: null },
    { name: "B", cardPresent: true, atr: "3B" },
  ];

  it("reads the reader with the card unless one is named", () => {
    expect(chooseReader(readers)?.name).toBe("B");
    expect(chooseReader(readers, "A")?.name).toBe("A");
    expect(chooseReader(readers, "C")).toBeUndefined();
    expect(chooseReader([{ name: "A", cardPresent: false, atr: null }])).toBeUndefined();
  });
});

describe("config directory", () => {
  it("prefers KIOSK_AGENT_CONFIG_DIR, then XDG_CONFIG_HOME, then ~/.config", () => {
    expect(resolveConfigDir({ KIOSK_AGENT_CONFIG_DIR: "/x", XDG_CONFIG_HOME: "/y" }, "/home/k")).toBe("/x");
    expect(resolveConfigDir({ XDG_CONFIG_HOME: "/y" }, "/home/k")).toBe("/y/ko-kiosk-agent");
    expect(resolveConfigDir({}, "/home/k")).toBe("/home/k/.config/ko-kiosk-agent");
  });
});
