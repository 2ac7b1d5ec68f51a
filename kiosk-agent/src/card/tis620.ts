/**
 * TIS-620, the Thai single-byte charset of the card: 0xA1..0xFB map to U+0E01..U+0E5B
 * (code point = byte + 0x0D60) and ASCII passes through. Node has no TIS-620 decoder
 * without ICU tricks, and the mapping is a fixed offset, so it is done by hand.
 */
const OFFSET = 0x0d60;
const REPLACEMENT = "\uFFFD";

export function decodeTis620(bytes: Buffer): string {
  let out = "";
  for (const byte of bytes) {
    if (byte < 0x80) out += String.fromCharCode(byte);
    else if (byte >= 0xa1 && byte <= 0xfb) out += String.fromCharCode(byte + OFFSET);
    else out += REPLACEMENT;
  }
  return out;
}

/** Decodes a fixed-width field: the card pads with spaces (and sometimes NULs). */
export function decodeField(bytes: Buffer): string {
  return decodeTis620(bytes).replace(/[\s\u0000]+$/u, "");
}

/** Encodes text for the virtual card. Throws on characters TIS-620 cannot hold. */
export function encodeTis620(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else if (code >= 0x0e01 && code <= 0x0e5b) out[i] = code - OFFSET;
    else throw new RangeError(`character U+${code.toString(16).toUpperCase()} is not in TIS-620`);
  }
  return out;
}
