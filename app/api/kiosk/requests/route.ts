import { fileKioskRequest } from "@/lib/kiosk/file-kiosk-request";
import { jsonResponse, publicBaseUrl, readJson, refuseCrossSite } from "@/lib/http/json-api";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readJson(request, 64 * 1024);
  if (body === null) return jsonResponse(400, { error: { code: "bad_request" } });
  const result = await fileKioskRequest(body, publicBaseUrl(request));
  return jsonResponse(result.status, result.body);
}
