import { FRESH_FOR_MS } from "@/lib/transparency/fresh-cache";
import { openDataFile } from "@/lib/transparency/open-data-file";

export const dynamic = "force-dynamic";

/** /open-data/<dataset>-<fiscal year>.csv|json: the public statistics as open data. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file;
  const file = await openDataFile(name);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers = {
    "Content-Type": file.contentType,
    // The figures are recomputed every few minutes (lib/transparency/fresh-cache.ts).
    "Cache-Control": `public, max-age=${FRESH_FOR_MS / 1000}`,
    ETag: file.etag,
    "Last-Modified": file.asOf.toUTCString(),
    // The CSV's columns are described in the JSON of the same table.
    Link: `</open-data/${name.replace(/\.csv$/, ".json")}>; rel="describedby"`,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === file.etag) return new Response(null, { status: 304, headers });
  return new Response(file.body, { headers });
}
