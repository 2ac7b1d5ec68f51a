import sharp from "sharp";

/**
 * Files for attachment tests, made on the spot: a phone photo with its camera and GPS in
 * EXIF, turned sideways by its orientation tag; and the disguised files the issue names.
 */
export async function photoWithGps(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  return sharp({ create: { width: options.width ?? 64, height: options.height ?? 48, channels: 3, background: "#336699" } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "TestCam", Model: "Phone 1" },
      // Ko, Li district: 17.84 N, 98.95 E.
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "17/1 50/1 24/1", GPSLongitudeRef: "E", GPSLongitude: "98/1 57/1 0/1" },
    })
    .toBuffer();
}

/** A noisy photo of about `megabytes` MB (noise does not compress), still a valid JPEG. */
export async function largePhoto(megabytes: number): Promise<Buffer> {
  const side = Math.round(Math.sqrt((megabytes * 1024 * 1024) / 0.9));
  const noise = Buffer.alloc(side * side * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (Math.imul(i, 2654435761) >>> 13) & 0xff;
  return sharp(noise, { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 98 }).withMetadata({ orientation: 1 }).toBuffer();
}

export async function plainPng(): Promise<Buffer> {
  return sharp({ create: { width: 20, height: 10, channels: 4, background: "#ff000080" } }).png().toBuffer();
}

/** A PDF whose catalogue opens with a script: stored as it is, served only as a download. */
export const PDF_WITH_SCRIPT = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert('hi')) >> >>\nendobj\n" +
    "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

/** A Windows executable's first bytes (MZ header, PE signature), named like a photo. */
export const EXECUTABLE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from("PE\0\0"), Buffer.alloc(200)]);

export const HTML_PAGE = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>", "utf8");

/** What a file says about itself: its format, any EXIF, and whether that names a GPS position. */
export async function metadataOf(bytes: Uint8Array): Promise<{ format: string | undefined; exif: boolean; gps: boolean }> {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif ? meta.exif.toString("latin1") : "";
  // The GPS IFD pointer (tag 0x8825), in either byte order.
  return { format: meta.format, exif: Boolean(meta.exif), gps: exif.includes("\x88\x25") || exif.includes("\x25\x88") };
}
