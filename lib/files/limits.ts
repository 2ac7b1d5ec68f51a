/**
 * The limits the issue sets for attachments, in one place (issue 10): at most 5 files per
 * request over all uploads, each at most 10 MB, JPEG, PNG or PDF only. A service's form may
 * ask for less (a file field's `accept`, `maxFiles` and `maxSizeMb`), never for more.
 */
export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const MAX_FILES_PER_REQUEST = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * An image larger than this many pixels is refused before it is decoded (a "decompression
 * bomb": a few kB that unpack to gigabytes). 100 MP is above any phone camera in use.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** Cleaned images are scaled to fit this many pixels on the long side: plenty to read a document. */
export const MAX_IMAGE_EDGE = 4096;

export type UploadLimits = {
  /** The types this field takes (default: all three). */
  accept?: readonly AttachmentType[];
  /** Per file (default and ceiling: MAX_FILE_BYTES). */
  maxBytes?: number;
  /** Files in this upload (default and ceiling: MAX_FILES_PER_REQUEST). */
  maxFiles?: number;
};

/** A form's file field as limits, capped by the issue's. */
export function limitsForField(field: { accept: readonly AttachmentType[]; maxFiles: number; maxSizeMb: number }): Required<UploadLimits> {
  return {
    accept: field.accept,
    maxBytes: Math.min(field.maxSizeMb * 1024 * 1024, MAX_FILE_BYTES),
    maxFiles: Math.min(field.maxFiles, MAX_FILES_PER_REQUEST),
  };
}

/**
 * Why a file was refused; each screen words it (messages/files.*.json, `errors`).
 * tooManyFiles: more than the request may hold; notFound: no such request (or not yours).
 */
export const UPLOAD_ERROR_CODES = ["wrongType", "tooLarge", "empty", "tooManyFiles", "unreadableImage"] as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number];
