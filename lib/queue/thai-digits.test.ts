import { describe, expect, it } from "vitest";
import { fromThaiDigits, ticketToCounterLine, toThaiDigits } from "./thai-digits";

describe("Thai digits", () => {
  it("writes every Arabic digit as a Thai one and leaves the rest", () => {
    expect(toThaiDigits("C-014")).toBe("C-๐๑๔");
    expect(toThaiDigits(1234567890)).toBe("๑๒๓๔๕๖๗๘๙๐");
    expect(toThaiDigits("ช่อง")).toBe("ช่อง");
  });

  it("reads Thai digits back", () => {
    expect(fromThaiDigits("ช่อง ๑๒")).toBe("ช่อง 12");
    expect(fromThaiDigits(toThaiDigits("A-907"))).toBe("A-907");
  });

  it("announces a ticket to a counter in both scripts", () => {
    expect(ticketToCounterLine("C-014", 3)).toBe("C-014 → ช่อง ๓ / Counter 3");
  });
});
