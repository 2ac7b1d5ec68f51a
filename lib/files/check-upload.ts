import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { safeDisplayName } from "./display-name";
import { ATTACHMENT_TYPES, MAX_FILE_BYTES, MAX_IMAGE_EDGE, MAX_INPUT_PIXELS, type AttachmentType, type UploadErrorCode, type UploadLimits } from "./limits";

/** A file as it will be stored: checked, and for images re-encoded without metadata. */
export type CleanFile = {
  bytes: Buffer;
  mimeType: AttachmentType;
  /** Hex SHA-256 of `bytes` (what is stored, after cleaning). */
  sha256: string;
  size: number;
  /** The device's name made safe to show (see display-name.ts). */
  displayName: string;
  /** The name exactly as the device gave it (kept sealed: it can be personal). */
  originalName: string;
};

export type UploadCheck = { ok: true; file: CleanFile } | { ok: false; code: UploadErrorCode };

const MAX_ORIGINAL_NAME = 255;

/**
 * Check one uploaded file and clean it. The type comes from the content alone (file-type
 * reads the magic bytes); the name and the browser's type are never trusted, so an
 * executable named .jpg or an HTML page named .pdf is refused as wrongType.
 *
 * JPEG and PNG are decoded and encoded again (sharp): turned upright by their EXIF
 * orientation first, then written with no metadata at all (EXIF, GPS, XMP, ICC, comments),
 * scaled down to MAX_IMAGE_EDGE when larger. Whatever was hidden after or inside the image
 * data does not survive. PDFs are kept byte for byte (re-writing them safely is a project of
 * its own); they are only ever served as downloads, never shown in the browser, so a
 * script inside one never runs on our origin.
 */
export async function checkUpload(bytes: Uint8Array, deviceName: string, limits: UploadLimits = {}): Promise<UploadCheck> {
  const maxBytes = Math.min(limits.maxBytes ?? MAX_FILE_BYTES, MAX_FILE_BYTES);
  const accept: readonly string[] = limits.accept ?? ATTACHMENT_TYPES;
  if (bytes.length === 0) return { ok: false, code: "empty" };
  if (bytes.length > maxBytes) return { ok: false, code: "tooLarge" };

  const detected = await fileTypeFromBuffer(bytes);
  const type = detected?.mime as AttachmentType | undefined;
  if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type) || !accept.includes(type)) return { ok: false, code: "wrongType" };

  let cleaned: Buffer;
  if (type === "application/pdf") {
    cleaned = Buffer.from(bytes);
  } else {
    const image = await reencode(bytes, type);
    if (!image) return { ok: false, code: "unreadableImage" };
    cleaned = image;
  }
  const originalName = [...deviceName].slice(0, MAX_ORIGINAL_NAME).join("");
  return {
    ok: true,
    file: {
      bytes: cleaned,
      mimeType: type,
      sha256: createHash("sha256").update(cleaned).digest("hex"),
      size: cleaned.length,
      displayName: safeDisplayName(deviceName, type),
      originalName,
    },
  };
}

async function reencode(bytes: Uint8Array, type: "image/jpeg" | "image/png"): Promise<Buffer | null> {
  try {
    // failOn "error": a truncated or corrupt image is refused rather than half-decoded.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .autoOrient()
      .resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: "inside", withoutEnlargement: true });
    // sharp writes no metadata unless asked (keepExif/withMetadata are never called here).
    return await (type === "image/jpeg" ? pipeline.jpeg({ quality: 85 }) : pipeline.png({ compressionLevel: 6 })).toBuffer();
  } catch {
    return null;
  }
}
