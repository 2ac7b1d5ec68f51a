/**
 * Guards for the JSON endpoints the app's own pages call (the kiosk today): JSON only,
 * same origin only, bounded bodies, never cached. Framework-free: server/fast-routes.ts
 * hands in the few request facts they need.
 */
export type JsonRequest = {
  method: string;
  path: string;
  origin: string | undefined;
  host: string | undefined;
  contentType: string | undefined;
  client: string;
  body: string;
};

export type JsonReply = { status: number; body: unknown };

export const MAX_JSON_BYTES = 64 * 1024;

/**
 * A browser attaches Origin to every cross-site POST, and a JSON content type forces a
 * CORS preflight we never answer: together they keep other sites from posting here.
 */
export function refuseCrossSite(request: JsonRequest): JsonReply | null {
  if (request.origin !== undefined && request.host !== undefined) {
    let originHost: string | null = null;
    try {
      originHost = new URL(request.origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== request.host) return { status: 403, body: { error: { code: "cross_site" } } };
  }
  if (!(request.contentType ?? "").startsWith("application/json")) return { status: 415, body: { error: { code: "bad_request" } } };
  return null;
}

export function parseJson(body: string): unknown | null {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** Where links in answers should point: PUBLIC_URL when set (behind a proxy), else the Host asked for. */
export function publicBaseUrl(host: string | undefined): string {
  return process.env.PUBLIC_URL ?? `http://${host ?? "localhost"}`;
}
