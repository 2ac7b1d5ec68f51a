import type { IncomingMessage } from "node:http";
import { isSameOriginPost } from "@/lib/admin/audit-person";
import { allowedHosts, isAllowedHost } from "@/lib/config/public-url";

export type Refusal = { status: 400 | 403 | 421; message: string };

/**
 * Requests refused before anything else runs (Findings 14 and 15).
 *
 * - Production answers only the hosts of lib/config/public-url.ts, so a forged Host header
 *   can never end up in a receipt link; /api/health stays open to loopback callers (a
 *   service manager's or a proxy's health check) whatever Host they send.
 * - A server action (a POST to a page) must come from this site's own pages: its Origin must
 *   name this host or PUBLIC_URL, and a POST without Origin is refused, as the audit export
 *   already refuses it. Next.js would otherwise throw on a foreign Origin and answer 500.
 */
export function refuseRequest(req: IncomingMessage, production: boolean, env = process.env): Refusal | null {
  const path = (req.url ?? "/").split("?")[0]!;
  if (production && !isAllowedHost(req.headers.host, allowedHosts(env))) {
    if (!(path === "/api/health" && isLoopback(req.socket.remoteAddress))) {
      return { status: 421, message: "This server does not answer for that host name." };
    }
  }
  if (req.method === "POST" && isPagePath(path)) {
    const headers = new Headers();
    if (req.headers.origin) headers.set("origin", req.headers.origin);
    if (req.headers.host) headers.set("host", req.headers.host);
    if (!isSameOriginPost(headers, env.PUBLIC_URL)) {
      return { status: 403, message: "Forms are accepted only from this site's own pages." };
    }
  }
  return null;
}

/** Pages and their server actions; the APIs check their own callers (the agent, Open311 clients). */
function isPagePath(path: string): boolean {
  return !/^\/(?:api|open311|_next)(?:\/|$)/.test(path);
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
