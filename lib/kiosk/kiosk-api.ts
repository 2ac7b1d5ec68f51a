import { describeError } from "@/lib/errors/describe-error";
import { parseJson, publicBaseUrl, refuseCrossSite, type JsonReply, type JsonRequest } from "@/lib/http/json-api";
import { rateLimiter } from "@/lib/security/rate-limit";
import { fileKioskRequest } from "./file-kiosk-request";
import { issueNonce } from "./nonces";

export const KIOSK_API_PREFIX = "/api/kiosk/";

// A kiosk asks for one nonce per card read; a few hundred a minute is far beyond honest use.
const allowNonce = rateLimiter({ name: "kiosk-nonce", limit: 300, windowMs: 60_000 });

/**
 * The kiosk page's API (lib/kiosk/contract.ts): POST /api/kiosk/nonce and
 * POST /api/kiosk/requests. Null when the path is not one of ours. Whatever fails, the
 * kiosk gets the contract's JSON error, never a plain-text page it cannot word.
 */
export async function routeKioskApi(request: JsonRequest): Promise<JsonReply | null> {
  if (!request.path.startsWith(KIOSK_API_PREFIX)) return null;
  try {
    return await answer(request);
  } catch (error) {
    console.error(`kiosk API ${request.path} failed:`, describeError(error));
    return { status: 500, body: { error: { code: "server_error" } } };
  }
}

async function answer(request: JsonRequest): Promise<JsonReply> {
  const route = request.path.slice(KIOSK_API_PREFIX.length);
  if (route !== "nonce" && route !== "requests") return { status: 404, body: { error: { code: "not_found" } } };
  if (request.method !== "POST") return { status: 405, body: { error: { code: "bad_request" } } };
  const refused = refuseCrossSite(request);
  if (refused) return refused;

  if (route === "nonce") {
    if (!(await allowNonce(request.client))) return { status: 429, body: { error: { code: "rate_limited" } } };
    const { nonce, expiresAt } = await issueNonce();
    return { status: 200, body: { nonce, expiresAt: expiresAt.toISOString() } };
  }
  const body = parseJson(request.body);
  if (body === null) return { status: 400, body: { error: { code: "bad_request" } } };
  return fileKioskRequest(body, publicBaseUrl(request.host));
}
