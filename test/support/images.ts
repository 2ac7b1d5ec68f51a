import sharp from "sharp";

/** A small photo as a phone takes it: a JPEG carrying EXIF with a GPS position and the camera. */
export async function photoWithGps(width = 64, height = 48): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestPhone", Model: "Ko 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "18/1 0/1 4567/100", GPSLongitudeRef: "E", GPSLongitude: "98/1 54/1 1234/100" },
    })
    .toBuffer();
  return new Uint8Array(buffer);
}

/** What a file says about itself: EXIF present, and whether it names a GPS position. */
export async function metadataOf(bytes: Uint8Array): Promise<{ format: string | undefined; exif: boolean; gps: boolean }> {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif ? meta.exif.toString("latin1") : "";
  // The GPS IFD pointer (tag 0x8825), in either byte order.
  return { format: meta.format, exif: Boolean(meta.exif), gps: exif.includes("\x88\x25") || exif.includes("\x25\x88") };
}
