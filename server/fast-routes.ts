import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress } from "@/lib/auth/client-address";
import { MAX_JSON_BYTES, type JsonRequest } from "@/lib/http/json-api";
import { KIOSK_API_PREFIX, routeKioskApi } from "@/lib/kiosk/kiosk-api";
import { MAX_OPEN311_BODY_BYTES, routeOpen311 } from "@/lib/open311/route";
import { ONLINE_API_PATH } from "@/lib/online/contract";
import { MAX_ONLINE_BODY_BYTES, routeOnlineApi } from "@/lib/online/online-api";
import { TRACK_DOCUMENTS_PATH } from "@/lib/tracking/documents-contract";
import { routeTrackDocuments } from "@/lib/tracking/documents-api";
import { handleLiveRoute } from "./live-routes";

/**
 * Machine APIs served beside Next.js rather than through it.
 *
 * Measured on the 2-core reference machine (npm run bench): a Next.js route handler that
 * only returns `{ok:true}` peaks near 1,000 requests/s, so at 50 concurrent clients each
 * answer waits ~50 ms before any work, and kiosk filings through Next managed 93/s where
 * the goal is 300. Open311 (discovery polled by other systems, and their filings), the
 * kiosk's JSON API and the live event streams (long-lived, see live-routes.ts) are
 * therefore answered here; pages and server actions stay in Next.js.
 */
export async function handleFastRoute(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (await handleLiveRoute(req, res)) return true;

  const open311 = await routeOpen311({
    method: req.method ?? "GET",
    url,
    host: req.headers.host,
    contentType: req.headers["content-type"],
    idempotencyKey: typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : undefined,
    client: clientOf(req),
    body: () => readBody(req, MAX_OPEN311_BODY_BYTES),
  });
  if (open311) {
    if (open311.status === 413) res.setHeader("Connection", "close");
    res.writeHead(open311.status, { ...open311.headers, "Content-Length": open311.body.length });
    res.end(req.method === "HEAD" ? undefined : open311.body);
    return true;
  }

  if (url.pathname === ONLINE_API_PATH || url.pathname === TRACK_DOCUMENTS_PATH) {
    const route = url.pathname === ONLINE_API_PATH ? routeOnlineApi : routeTrackDocuments;
    const reply = await route({
      method: req.method ?? "GET",
      path: url.pathname,
      origin: req.headers.origin,
      host: req.headers.host,
      contentType: req.headers["content-type"],
      client: clientOf(req),
      formData: () => readFormData(req, MAX_ONLINE_BODY_BYTES),
    });
    if (reply) {
      if (reply.status === 413) res.setHeader("Connection", "close");
      sendJson(res, reply.status, reply.body);
      return true;
    }
  }

  if (url.pathname.startsWith(KIOSK_API_PREFIX)) {
    const body = await readBody(req, MAX_JSON_BYTES);
    if (body === null) res.setHeader("Connection", "close");
    const reply =
      body === null
        ? { status: 413, body: { error: { code: "bad_request" } } }
        : await routeKioskApi(toJsonRequest(req, url, body));
    if (reply) {
      sendJson(res, reply.status, reply.body);
      return true;
    }
  }
  return false;
}

/** Settled by the web server (lib/auth/client-address.ts): a client cannot pick its own rate-limit key. */
function clientOf(req: IncomingMessage): string {
  return clientAddress(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "") }));
}

function toJsonRequest(req: IncomingMessage, url: URL, body: string): JsonRequest {
  return {
    method: req.method ?? "GET",
    path: url.pathname,
    origin: req.headers.origin,
    host: req.headers.host,
    contentType: req.headers["content-type"],
    client: req.socket.remoteAddress ?? "unknown",
    body,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": payload.length,
    // Personal data passes through here: never stored by a browser or a proxy.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(payload);
}

/** A multipart body parsed by the platform's own parser, or null when larger than `limit` bytes. */
async function readFormData(req: IncomingMessage, limit: number): Promise<FormData | null> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    return null;
  }
  const body = await readBytes(req, limit);
  if (body === null) return null;
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
}

function readBytes(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The body as text, or null when it is larger than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answer at once; the rest of the upload is read and dropped, and the connection closed.
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
