import { describe, expect, it } from "vitest";
import { deriveReceipt, formatReceiptCode, newReceiptCode, receiptCodeSchema } from "./receipt";
import { sodium } from "./sodium";

const pepper = Buffer.alloc(32, 1);

describe("receipt codes", () => {
  it("are 16 random digits shown in fours like a phone number", () => {
    const code = newReceiptCode();
    expect(code).toMatch(/^\d{16}$/);
    expect(newReceiptCode()).not.toBe(code);
    expect(formatReceiptCode("4821093755126604")).toBe("4821 0937 5512 6604");
  });

  it("read back with spaces, dashes or Thai digits, and refuse anything else", () => {
    expect(receiptCodeSchema.parse(" 4821-0937 5512 6604 ")).toBe("4821093755126604");
    expect(receiptCodeSchema.parse("๔๘๒๑ ๐๙๓๗ ๕๕๑๒ ๖๖๐๔")).toBe("4821093755126604");
    expect(receiptCodeSchema.safeParse("4821 0937 5512 660").success).toBe(false);
    expect(receiptCodeSchema.safeParse("4821 0937 5512 66O4").success).toBe(false);
  });

  it("derive the same lookup and key every time, and another for a neighbouring code or pepper", async () => {
    const s = await sodium();
    const a = deriveReceipt(s, "4821093755126604", pepper);
    expect(deriveReceipt(s, "4821093755126604", pepper)).toEqual(a);
    expect(deriveReceipt(s, "4821093755126605", pepper).lookup).not.toBe(a.lookup);
    expect(deriveReceipt(s, "4821093755126604", Buffer.alloc(32, 2)).lookup).not.toBe(a.lookup);
    expect(s.to_hex(a.key)).not.toContain(a.lookup.slice(0, 16));
  });
});
