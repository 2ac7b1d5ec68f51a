import { DOWNLOAD_HEADERS, fileResponse } from "@/lib/files/download-response";
import type { AttachmentType } from "@/lib/files/limits";
import { downloadAsRecipient } from "@/lib/integrity/recipient-files";
import { withRecipient } from "@/lib/integrity/recipient-session";
import { recipientToken } from "../../../../session";

export const dynamic = "force-dynamic";

const refuse = (status: number) => new Response(status === 404 ? "Not found" : "Forbidden", { status, headers: { ...DOWNLOAD_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A report's file, decrypted for the signed-in recipient: always an attachment, no-store,
 * sandboxed (the staff download's headers). A GET that changes only the access log; the
 * cookie is SameSite=Strict, so another site cannot even make a browser send it here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }): Promise<Response> {
  const { id, fileId } = await params;
  if (!/^[A-Za-z0-9_-]{22}$/.test(id) || !/^[0-9a-f]{32}$/.test(fileId)) return refuse(404);
  const file = await withRecipient(await recipientToken(), async (who) => ({ found: await downloadAsRecipient(who, id, fileId) }));
  if (!file) return refuse(403);
  if (!file.found) return refuse(404);
  return fileResponse({ bytes: file.found.bytes, mimeType: file.found.mimeType as AttachmentType, filename: file.found.name });
}
