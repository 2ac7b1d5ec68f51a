import { describe, expect, it } from "vitest";
import { readThaiIdCard } from "../../src/card/read-card.js";
import { CardError } from "../../src/card/errors.js";
import { parseAddress } from "../../src/card/address.js";
import { parseName } from "../../src/card/names.js";
import { decodeField } from "../../src/card/tis620.js";
import { beDateToIso } from "../../src/card/dates.js";
import { scanJpeg } from "../../src/card/jpeg.js";
import { virtualCard } from "../helpers/virtual.js";

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUS = ["9000", "6100", "61FF", "6104", "6C00", "6CDE", "6A86", "6D00", "6A82", "6F00", "6B00", "6985"];

describe("fuzz: random card answers", () => {
  it("always ends in data or a CardError, within the APDU budget", async () => {
    const random = prng(20250101);
    const outcomes = { data: 0, error: 0 };
    for (let run = 0; run < 3000; run++) {
      // Mix a real card with random answers so runs get past SELECT often enough to matter.
      const { transmit: good } = virtualCard();
      const chaos = random();
      let calls = 0;
      const transmit = async (apdu: Buffer) => {
        calls++;
        const roll = random();
        if (roll < chaos * 0.5) {
          const length = Math.floor(random() * 300);
          return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
        }
        if (roll < chaos * 0.8) {
          const body = Buffer.from(Array.from({ length: Math.floor(random() * 260) }, () => Math.floor(random() * 256)));
          return Buffer.concat([body, Buffer.from(STATUS[Math.floor(random() * STATUS.length)]!, "hex")]);
        }
        if (roll < chaos * 0.85) throw new Error("reader hiccup");
        return good(apdu);
      };
      const result = await readThaiIdCard(transmit, { photo: random() < 0.3, maxApdus: 100 }).then(
        () => "data" as const,
        (error: unknown) => {
          expect(error).toBeInstanceOf(CardError);
          return "error" as const;
        },
      );
      outcomes[result]++;
      expect(calls).toBeLessThanOrEqual(100);
    }
    // Both outcomes must actually happen, or the fuzzing proves nothing.
    expect(outcomes.data).toBeGreaterThan(100);
    expect(outcomes.error).toBeGreaterThan(100);
  });

  it("decoders never throw on random bytes", () => {
    const random = prng(7);
    for (let run = 0; run < 5000; run++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 256)));
      const text = decodeField(bytes);
      expect(() => parseAddress(text)).not.toThrow();
      expect(() => parseName(text)).not.toThrow();
      expect(() => beDateToIso(text.slice(0, 8))).not.toThrow();
      expect(() => scanJpeg(Buffer.concat([Buffer.from([0xff, 0xd8]), bytes]))).not.toThrow();
    }
  });
});
