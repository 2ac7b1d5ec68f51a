/**
 * Guards shared by the JSON endpoints the app's own pages call (the kiosk today): JSON
 * only, same origin only, bounded bodies, never cached.
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/**
 * A browser attaches Origin to every cross-site POST, and a JSON content type forces a
 * CORS preflight we never answer: together they keep other sites from posting here.
 */
export function refuseCrossSite(request: Request): Response | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin !== null && host !== null && new URL(origin).host !== host) {
    return jsonResponse(403, { error: { code: "cross_site" } });
  }
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) {
    return jsonResponse(415, { error: { code: "bad_request" } });
  }
  return null;
}

/** The body as JSON, or null when it is too large or not JSON at all. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Where links in answers should point: PUBLIC_URL when set (behind a proxy), else this request's origin. */
export function publicBaseUrl(request: Request): string {
  return process.env.PUBLIC_URL ?? new URL(request.url).origin;
}
