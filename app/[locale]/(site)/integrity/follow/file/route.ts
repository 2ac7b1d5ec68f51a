import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { DOWNLOAD_HEADERS, fileResponse } from "@/lib/files/download-response";
import type { AttachmentType } from "@/lib/files/limits";
import { downloadAsReporter } from "@/lib/integrity/reporter-access";
import { sameOrigin } from "@/lib/integrity/same-origin";

export const dynamic = "force-dynamic";

const refuse = (status: number, text: string) => new Response(text, { status, headers: { ...DOWNLOAD_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The reporter downloads a file (one a recipient sent back, or their own) by posting the
 * receipt code with the file's id (a fetch from the follow-up page): the code never goes
 * into a URL, a cookie or the history. A route handler, not a server action, so the answer
 * can be a file: the Origin is checked here too, as for actions (server/request-gate.ts). Wrong codes count against the address as on the page.
 */
export async function POST(request: Request): Promise<Response> {
  const head = await headers();
  if (!sameOrigin(head)) return refuse(403, "Forbidden");
  const form = await request.formData().catch(() => null);
  const code = String(form?.get("code") ?? "").slice(0, 40);
  const fileId = String(form?.get("fileId") ?? "");
  if (!/^[0-9a-f]{32}$/.test(fileId)) return refuse(404, "Not found");
  const result = await downloadAsReporter(code, clientAddress(head), fileId);
  if (!result.ok) return refuse(result.code === "throttled" ? 429 : 403, result.code === "throttled" ? "Too many attempts" : "Forbidden");
  if (!result.file) return refuse(404, "Not found");
  return fileResponse({ bytes: result.file.bytes, mimeType: result.file.mimeType as AttachmentType, filename: result.file.name });
}
