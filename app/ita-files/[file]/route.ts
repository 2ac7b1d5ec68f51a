import { evidenceDownload } from "@/lib/ita/evidence-download";

export const dynamic = "force-dynamic";

/** /ita-files/<id>.<ext>: an evidence document, public as the assessment requires. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return evidenceDownload((await params).file);
}
