import { readStaffSession } from "@/lib/auth/staff-session";
import { downloadAttachment, type Download } from "./download";
import { DOWNLOAD_POLICY } from "./download-policy";

/**
 * The answer to a staff download: always a download (never shown in the browser, so a
 * script inside a PDF never runs on our origin), never sniffed into another type, never
 * cached, and sandboxed should a browser render it anyway.
 */
export const DOWNLOAD_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
  "Content-Security-Policy": DOWNLOAD_POLICY,
  "Cross-Origin-Resource-Policy": "same-origin",
  "Referrer-Policy": "no-referrer",
} as const;

/** The route handler's body (app/[locale]/staff/requests/[reference]/files/[id]/route.ts). */
export async function attachmentDownloadResponse(headers: Headers, reference: string, id: string): Promise<Response> {
  const staff = await readStaffSession(headers);
  if (!staff) return new Response("Forbidden", { status: 403, headers: { ...DOWNLOAD_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  const file = await downloadAttachment({ staff, reference, id });
  if (!file) return new Response("Not found", { status: 404, headers: { ...DOWNLOAD_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  return fileResponse(file);
}

export function fileResponse(file: Download): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      ...DOWNLOAD_HEADERS,
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.filename),
    },
  });
}

/** RFC 6266 with RFC 5987's filename*: an ASCII stand-in for old clients, the real (Thai) name in UTF-8. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
