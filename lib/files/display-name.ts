import type { AttachmentType } from "./limits";

const EXTENSION: Record<AttachmentType, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };
const FALLBACK: Record<AttachmentType, string> = { "image/jpeg": "photo", "image/png": "image", "application/pdf": "document" };
const MAX_BASE_LENGTH = 80;

/**
 * The name to show and to offer on download: the device's name without folders, control or
 * direction-changing characters (a "gpj.exe" trick), at most 80 characters, and always the
 * extension of what the content really is. Pure.
 */
export function safeDisplayName(deviceName: string, type: AttachmentType): string {
  const leaf = deviceName.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = leaf
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
    .replace(/["<>:|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  const withoutExtension = cleaned.replace(/\.[^.]{0,10}$/, "").replace(/^\.+/, "").trim();
  const base = [...withoutExtension].slice(0, MAX_BASE_LENGTH).join("").trim() || FALLBACK[type];
  return `${base}.${EXTENSION[type]}`;
}

/** A name that says nothing about the person, for places stored unencrypted (a form's answers). */
export function genericName(type: AttachmentType, index: number): string {
  return `${FALLBACK[type]}-${index + 1}.${EXTENSION[type]}`;
}
