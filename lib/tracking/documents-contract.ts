/**
 * POST /api/track/documents (multipart: `token`, and `file` once per file): the missing
 * documents a resident sends from the tracking page. Answers 201 `{ count }`, or
 * `{ error: { code, retryAfterMinutes? } }` with codes from lib/files/limits.ts plus
 * not_found, not_waiting, cross_site, too_large, rate_limited, server_error.
 */
export const TRACK_DOCUMENTS_PATH = "/api/track/documents";
