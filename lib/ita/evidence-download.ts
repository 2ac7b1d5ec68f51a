import { db } from "@/lib/db/client";
import { contentDisposition } from "@/lib/files/download-response";
import { DOWNLOAD_POLICY } from "@/lib/files/download-policy";
import { readEvidenceFile } from "./evidence-file";
import { evidenceFileHref } from "./evidence-href";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/**
 * An uploaded evidence document, answered with the type checked at upload (never sniffed).
 * PDFs and images open in the browser, as the assessor expects of a public document; office
 * files download. Everything but a PDF gets the sandboxing policy; a PDF cannot (Chromium's
 * viewer refuses a sandboxed document), and its viewer runs any script in the PDF engine,
 * never on our origin. A removed document is gone (404). Only the exact address answers.
 */
export async function evidenceDownload(file: string): Promise<Response> {
  const id = /^([0-9a-f]{32})\.[a-z]{3,4}$/.exec(file)?.[1];
  if (!id) return NOT_FOUND();
  const row = await db.itaEvidence.findUnique({ where: { id } });
  if (!row || row.kind !== "file" || row.removedAt || !row.mimeType || evidenceFileHref(id, row.mimeType) !== `/ita-files/${file}`) return NOT_FOUND();
  const bytes = await readEvidenceFile(id);
  if (!bytes) return NOT_FOUND();
  const inline = row.mimeType === "application/pdf" || row.mimeType.startsWith("image/");
  const name = `${row.title.slice(0, 120)}.${file.split(".").pop()}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": row.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": inline ? contentDisposition(name).replace(/^attachment/, "inline") : contentDisposition(name),
      ...(row.mimeType === "application/pdf" ? {} : { "Content-Security-Policy": DOWNLOAD_POLICY }),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=300",
    },
  });
}
