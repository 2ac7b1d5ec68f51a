import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_KIOSK_PREFIX, kioskLabel } from "./kiosk-label";

describe("kioskLabel", () => {
  it("recognises the built-in kiosk's enrolled name, with its device tag", () => {
    expect(kioskLabel("Built-in kiosk (this server) 3f9a")).toEqual({ builtIn: true, device: "3f9a" });
    expect(kioskLabel("Built-in kiosk (this server)")).toEqual({ builtIn: true, device: "" });
  });

  it("leaves names staff gave as they are", () => {
    expect(kioskLabel("Counter 1")).toEqual({ builtIn: false, name: "Counter 1" });
    expect(kioskLabel("Built-in kiosk (this server)x")).toEqual({ builtIn: false, name: "Built-in kiosk (this server)x" });
  });

  it("uses the prefix the server enrols its agent under", () => {
    const server = readFileSync(path.join(__dirname, "../../../server/kiosk-agent-process.ts"), "utf8");
    expect(server).toContain(`BUILT_IN_KIOSK = ${JSON.stringify(BUILT_IN_KIOSK_PREFIX)}`);
  });
});
