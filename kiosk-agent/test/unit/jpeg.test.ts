import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scanJpeg, trimJpeg } from "../../src/card/jpeg.js";

const jpeg = readFileSync(new URL("../../cards/photos/bangkok.jpg", import.meta.url));

describe("JPEG end detection", () => {
  it("finds the end of image of a complete JPEG and ignores trailing padding", () => {
    const padded = Buffer.concat([jpeg, Buffer.alloc(700)]);
    expect(scanJpeg(padded)).toEqual({ state: "complete", end: jpeg.length });
    expect(trimJpeg(padded)?.equals(jpeg)).toBe(true);
  });

  it("asks for more while the JPEG is cut anywhere before its end", () => {
    for (let cut = 2; cut < jpeg.length; cut += 37) expect(scanJpeg(jpeg.subarray(0, cut)).state).toBe("need-more");
  });

  it("is not fooled by FF D9 inside a segment", () => {
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x06, 0xff, 0xd9, 0xff, 0xd9]);
    const tricky = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
    expect(scanJpeg(tricky)).toEqual({ state: "complete", end: tricky.length });
  });

  it("says invalid for bytes that are no JPEG and trims nothing", () => {
    expect(scanJpeg(Buffer.alloc(300)).state).toBe("invalid");
    expect(trimJpeg(Buffer.alloc(300))).toBeNull();
  });

  it("falls back to the last FF D9 for a JPEG it cannot walk", () => {
    const odd = Buffer.from([0xff, 0xd8, 0x12, 0x34, 0xff, 0xd9, 0xaa, 0xff, 0xd9, 0x00, 0x00]);
    expect(trimJpeg(odd)?.length).toBe(9);
  });
});
