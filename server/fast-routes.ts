import type { IncomingMessage, ServerResponse } from "node:http";
import { routeOpen311 } from "@/lib/open311/route";

/**
 * Machine APIs served beside Next.js rather than through it.
 *
 * Measured on the 2-core reference machine (npm run bench), a Next.js route handler that
 * only returns `{ok:true}` peaks near 1,000 requests/s: at 50 concurrent clients that is
 * ~50 ms per answer before any work. Open311 discovery is public, read-only, identical for
 * every caller and polled by other systems, so it is answered here from the in-memory
 * catalogue. Pages, server actions and everything that needs a session stay in Next.js.
 */
export async function handleFastRoute(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const reply = await routeOpen311(req.method ?? "GET", url);
  if (!reply) return false;
  res.writeHead(reply.status, { ...reply.headers, "Content-Length": reply.body.length });
  res.end(req.method === "HEAD" ? undefined : reply.body);
  return true;
}
