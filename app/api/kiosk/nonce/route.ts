import { issueNonce } from "@/lib/kiosk/nonces";
import { jsonResponse, refuseCrossSite } from "@/lib/http/json-api";
import { rateLimiter } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

// A kiosk asks once per card read; a few hundred a minute is far beyond honest use.
const allow = rateLimiter({ limit: 300, windowMs: 60_000 });

export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!allow(request.headers.get("x-forwarded-for") ?? "local")) return jsonResponse(429, { error: { code: "rate_limited" } });
  const { nonce, expiresAt } = await issueNonce();
  return jsonResponse(200, { nonce, expiresAt: expiresAt.toISOString() });
}
