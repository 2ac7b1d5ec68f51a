import { openDataFile } from "@/lib/transparency/open-data-file";

export const dynamic = "force-dynamic";

/** /open-data/service-statistics-<fiscal year>.csv|json: the public statistics as open data. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = await openDataFile((await params).file);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      // Figures are recomputed every few minutes (lib/transparency/service-statistics.ts).
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
