/**
 * Generates the tiny portrait JPEGs of the fictional sample cards (cards/photos/*.jpg).
 *
 * Run: npx tsx kiosk-agent/scripts/make-sample-photos.ts
 *
 * A minimal baseline JPEG encoder (JFIF, YCbCr 4:4:4, the standard Annex K tables) so the
 * repository needs no image tool; the output is deterministic. Not used at runtime.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Rgb = [number, number, number];

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
  28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54,
  47, 55, 62, 63,
];
const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51,
  87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101,
  72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA_Q = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99,
  99, 99, 99, ...Array<number>(32).fill(99),
];
const DC_LUMA_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_CHROMA_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_LUMA_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_CHROMA_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77];
const hexValues = (text: string) => text.match(/../g)!.map((h) => parseInt(h, 16));
const AC_LUMA_VALUES = hexValues(
  "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa",
);
const AC_CHROMA_VALUES = hexValues(
  "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a35363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9fa",
);

interface Code {
  code: number;
  length: number;
}

function huffmanCodes(bits: number[], values: number[]): Map<number, Code> {
  const codes = new Map<number, Code>();
  let code = 0;
  let k = 0;
  bits.forEach((count, index) => {
    for (let i = 0; i < count; i++) codes.set(values[k++]!, { code: code++, length: index + 1 });
    code <<= 1;
  });
  return codes;
}

class BitWriter {
  readonly bytes: number[] = [];
  private buffer = 0;
  private count = 0;
  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.buffer = (this.buffer << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }
  private flushByte(): void {
    this.bytes.push(this.buffer);
    if (this.buffer === 0xff) this.bytes.push(0x00); // byte stuffing
    this.buffer = 0;
    this.count = 0;
  }
  finish(): void {
    while (this.count !== 0) this.write(1, 1);
  }
}

function scaledTable(base: number[], quality: number): number[] {
  const scale = quality < 50 ? 5000 / quality : 200 - quality * 2;
  return base.map((q) => Math.min(255, Math.max(1, Math.floor((q * scale + 50) / 100))));
}

const COS = Array.from({ length: 8 }, (_, x) => Array.from({ length: 8 }, (_, u) => Math.cos(((2 * x + 1) * u * Math.PI) / 16)));

function fdct(block: number[]): number[] {
  const out = new Array<number>(64).fill(0);
  for (let v = 0; v < 8; v++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) sum += block[y * 8 + x]! * COS[x]![u]! * COS[y]![v]!;
      const cu = u === 0 ? Math.SQRT1_2 : 1;
      const cv = v === 0 ? Math.SQRT1_2 : 1;
      out[v * 8 + u] = 0.25 * cu * cv * sum;
    }
  }
  return out;
}

function bitLength(value: number): number {
  let n = 0;
  for (let v = Math.abs(value); v > 0; v >>= 1) n++;
  return n;
}

function encodeBlock(
  writer: BitWriter, block: number[], table: number[], previousDc: number,
  dc: Map<number, Code>, ac: Map<number, Code>,
): number {
  const coefficients = fdct(block);
  const quantized = ZIGZAG.map((natural) => Math.round(coefficients[natural]! / table[natural]!));
  const put = (codes: Map<number, Code>, symbol: number) => {
    const code = codes.get(symbol)!;
    writer.write(code.code, code.length);
  };
  const putValue = (value: number, size: number) => {
    if (size > 0) writer.write(value < 0 ? value + (1 << size) - 1 : value, size);
  };
  const diff = quantized[0]! - previousDc;
  put(dc, bitLength(diff));
  putValue(diff, bitLength(diff));
  let run = 0;
  for (let k = 1; k < 64; k++) {
    const value = quantized[k]!;
    if (value === 0) {
      run++;
      continue;
    }
    while (run > 15) {
      put(ac, 0xf0);
      run -= 16;
    }
    const size = bitLength(value);
    put(ac, (run << 4) | size);
    putValue(value, size);
    run = 0;
  }
  if (run > 0) put(ac, 0x00);
  return quantized[0]!;
}

function segment(marker: number, body: number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

export function encodeJpeg(width: number, height: number, pixel: (x: number, y: number) => Rgb, quality: number): Buffer {
  const qLuma = scaledTable(LUMA_Q, quality);
  const qChroma = scaledTable(CHROMA_Q, quality);
  const dcLuma = huffmanCodes(DC_LUMA_BITS, DC_VALUES);
  const dcChroma = huffmanCodes(DC_CHROMA_BITS, DC_VALUES);
  const acLuma = huffmanCodes(AC_LUMA_BITS, AC_LUMA_VALUES);
  const acChroma = huffmanCodes(AC_CHROMA_BITS, AC_CHROMA_VALUES);
  const writer = new BitWriter();
  const previous = [0, 0, 0];
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      const planes: number[][] = [[], [], []];
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) {
          const [r, g, b] = pixel(Math.min(bx + x, width - 1), Math.min(by + y, height - 1));
          planes[0]!.push(0.299 * r + 0.587 * g + 0.114 * b - 128);
          planes[1]!.push(-0.168736 * r - 0.331264 * g + 0.5 * b);
          planes[2]!.push(0.5 * r - 0.418688 * g - 0.081312 * b);
        }
      }
      previous[0] = encodeBlock(writer, planes[0]!, qLuma, previous[0]!, dcLuma, acLuma);
      previous[1] = encodeBlock(writer, planes[1]!, qChroma, previous[1]!, dcChroma, acChroma);
      previous[2] = encodeBlock(writer, planes[2]!, qChroma, previous[2]!, dcChroma, acChroma);
    }
  }
  writer.finish();
  const dht = (cls: number, bits: number[], values: number[]) => [cls, ...bits, ...values];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...ZIGZAG.map((n) => qLuma[n]!), 0x01, ...ZIGZAG.map((n) => qChroma[n]!)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]),
    ...segment(0xc4, [
      ...dht(0x00, DC_LUMA_BITS, DC_VALUES), ...dht(0x10, AC_LUMA_BITS, AC_LUMA_VALUES),
      ...dht(0x01, DC_CHROMA_BITS, DC_VALUES), ...dht(0x11, AC_CHROMA_BITS, AC_CHROMA_VALUES),
    ]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]),
    ...writer.bytes,
    0xff, 0xd9,
  ]);
}

/** A passport-style head and shoulders; colours vary per card. */
function portrait(width: number, height: number, colours: { background: Rgb; skin: Rgb; hair: Rgb; cloth: Rgb }, seed: number) {
  let state = seed;
  const noise = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return (state / 0x7fffffff - 0.5) * 10;
  };
  const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  return (x: number, y: number): Rgb => {
    const cx = width / 2;
    const headY = height * 0.42;
    let colour: Rgb;
    if (inEllipse(x, y, cx - width * 0.08, headY, 1.6, 1.3) || inEllipse(x, y, cx + width * 0.08, headY, 1.6, 1.3)) {
      colour = [40, 30, 25];
    } else if (inEllipse(x, y, cx, headY - height * 0.13, width * 0.23, height * 0.14) && y < headY - height * 0.09) {
      colour = colours.hair;
    } else if (inEllipse(x, y, cx, headY, width * 0.2, height * 0.25)) {
      colour = colours.skin;
    } else if (inEllipse(x, y, cx, height * 1.05, width * 0.48, height * 0.38)) {
      colour = colours.cloth;
    } else {
      const fade = y / height;
      colour = colours.background.map((c) => c + (255 - c) * fade * 0.4) as Rgb;
    }
    const n = noise();
    return colour.map((c) => Math.max(0, Math.min(255, c + n))) as Rgb;
  };
}

const PEOPLE: { name: string; width: number; height: number; quality: number; colours: Parameters<typeof portrait>[2] }[] = [
  { name: "ko-resident", width: 96, height: 120, quality: 88, colours: { background: [138, 155, 176], skin: [224, 184, 150], hair: [35, 28, 24], cloth: [47, 59, 82] } },
  { name: "bangkok", width: 72, height: 90, quality: 60, colours: { background: [183, 196, 207], skin: [217, 167, 127], hair: [30, 22, 18], cloth: [122, 46, 58] } },
  { name: "long-address", width: 72, height: 90, quality: 60, colours: { background: [159, 181, 154], skin: [201, 154, 116], hair: [25, 25, 25], cloth: [30, 45, 36] } },
  { name: "elderly", width: 72, height: 90, quality: 60, colours: { background: [200, 192, 176], skin: [229, 195, 163], hair: [205, 205, 205], cloth: [74, 74, 106] } },
  { name: "tone-marks", width: 72, height: 90, quality: 60, colours: { background: [168, 184, 216], skin: [240, 200, 168], hair: [40, 25, 20], cloth: [91, 58, 110] } },
];

const outDir = fileURLToPath(new URL("../cards/photos/", import.meta.url));
PEOPLE.forEach((person, index) => {
  const jpeg = encodeJpeg(person.width, person.height, portrait(person.width, person.height, person.colours, index + 7), person.quality);
  writeFileSync(`${outDir}${person.name}.jpg`, jpeg);
  console.log(`${person.name}.jpg ${jpeg.length} bytes`);
});
