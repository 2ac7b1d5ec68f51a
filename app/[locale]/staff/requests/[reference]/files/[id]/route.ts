import { attachmentDownloadResponse } from "@/lib/files/download-response";

export const dynamic = "force-dynamic";

/**
 * A request's stored file, for staff who may see the request; each download is audited
 * (lib/files/download.ts). A GET that changes nothing but the audit log: another site can
 * make a browser fetch it but never read the answer.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; reference: string; id: string }> }): Promise<Response> {
  const { reference, id } = await params;
  return attachmentDownloadResponse(request.headers, decodeURIComponent(reference), id);
}
