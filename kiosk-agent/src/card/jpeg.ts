/**
 * Finding where the card's JPEG ends. The photo area is 5118 bytes but the picture is
 * usually shorter and followed by padding; the photo handed out is FF D8 .. the final FF D9.
 *
 * `scanJpeg` walks the marker structure so the reader can stop fetching chunks as soon as the
 * end of image is known (saving exchanges); `trimJpeg` is the fallback for anything the walk
 * does not understand: cut at the last FF D9.
 */
export type JpegScan =
  | { state: "complete"; end: number }
  | { state: "need-more" }
  | { state: "invalid" };

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

function isStandalone(marker: number): boolean {
  // RSTn, SOI, EOI and TEM carry no length field.
  return (marker >= 0xd0 && marker <= 0xd9) || marker === 0x01;
}

export function scanJpeg(bytes: Buffer): JpegScan {
  if (bytes.length < 2) return { state: "need-more" };
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return { state: "invalid" };
  let pos = 2;
  let inScan = false;
  // Each iteration advances pos, so the walk is bounded by the buffer length.
  while (pos < bytes.length) {
    if (inScan) {
      // Entropy-coded data: FF 00 is a stuffed FF, FF D0..D7 are restart markers.
      if (bytes[pos] !== 0xff) {
        pos++;
        continue;
      }
      if (pos + 1 >= bytes.length) return { state: "need-more" };
      const next = bytes[pos + 1] as number;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        pos += next === 0xff ? 1 : 2;
        continue;
      }
      inScan = false; // a real marker ends the scan; handle it below
    }
    if (pos + 1 >= bytes.length) return { state: "need-more" };
    if (bytes[pos] !== 0xff) return { state: "invalid" };
    const marker = bytes[pos + 1] as number;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === EOI) return { state: "complete", end: pos + 2 };
    if (isStandalone(marker)) {
      pos += 2;
      continue;
    }
    if (pos + 3 >= bytes.length) return { state: "need-more" };
    const length = bytes.readUInt16BE(pos + 2);
    if (length < 2) return { state: "invalid" };
    pos += 2 + length;
    if (marker === SOS) inScan = true;
  }
  return { state: "need-more" };
}

/** FF D8 .. last FF D9, or null when the bytes hold no JPEG at all. */
export function trimJpeg(bytes: Buffer): Buffer | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const scan = scanJpeg(bytes);
  if (scan.state === "complete") return bytes.subarray(0, scan.end);
  const last = bytes.lastIndexOf(Buffer.from([0xff, EOI]));
  return last >= 2 ? bytes.subarray(0, last + 2) : null;
}
