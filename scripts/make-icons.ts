/**
 * Writes the PNG icons and favicon.ico in public/ from the same design as app/icon.svg
 * (a gold disc in a green ring), with no image tools needed: `npx tsx scripts/make-icons.ts`.
 * Replace them together with public/emblem.svg once the municipality supplies its emblem.
 */
import fs from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";

const PUBLIC = path.resolve(__dirname, "..", "public");
const GOLD = [0xb8, 0x86, 0x0b];
const GREEN = [0x0b, 0x3d, 0x2c];

function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const centre = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre) / centre;
      const colour = distance <= 0.8 ? GOLD : distance <= 0.96 ? GREEN : null;
      const at = (y * size + x) * 4;
      png.data[at] = colour?.[0] ?? 0;
      png.data[at + 1] = colour?.[1] ?? 0;
      png.data[at + 2] = colour?.[2] ?? 0;
      png.data[at + 3] = colour ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

/** An .ico holding PNG images (supported by every current browser). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

fs.mkdirSync(path.join(PUBLIC, "icons"), { recursive: true });
for (const size of [180, 192, 512]) {
  const name = size === 180 ? "apple-touch-icon.png" : `icon-${size}.png`;
  fs.writeFileSync(path.join(PUBLIC, "icons", name), icon(size));
}
fs.writeFileSync(path.join(PUBLIC, "favicon.ico"), ico([16, 32, 48].map((size) => ({ size, png: icon(size) }))));
