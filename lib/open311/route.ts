import { publicBaseUrl } from "@/lib/http/json-api";
import { discoveryDocument } from "./discovery";
import { getOpen311Definition } from "./get-definition";
import { findOpen311Requests } from "./get-requests";
import { spendReadLimit } from "./limits";
import { listOpen311Services } from "./list-services";
import { postOpen311Request } from "./post-request";
import { parseRequestQuery, type RequestQueryResult } from "./request-query";
import { open311Error, open311Serialise, requestedLocale, UNKNOWN_LOCALE, type Format, type Open311Reply } from "./responses";
import { discoveryXml, requestsXml } from "./xml";

export const OPEN311_PREFIX = "/open311/";
/** A POST is a few fields and attributes: anything larger is not a request. */
export const MAX_OPEN311_BODY_BYTES = 64 * 1024;

export type Open311HttpRequest = {
  method: string;
  url: URL;
  host: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  client: string;
  /** The body as text, or null when it is larger than MAX_OPEN311_BODY_BYTES. */
  body: () => Promise<string | null>;
};

/** GeoReport v2 (https://wiki.open311.org/GeoReport_v2) and its discovery; null when the path is not ours. */
export async function routeOpen311(request: Open311HttpRequest): Promise<Open311Reply | null> {
  const { url, method } = request;
  if (!url.pathname.startsWith(OPEN311_PREFIX)) return null;
  const file = /^\/open311\/(?:(discovery)|v2\/(services|requests|tokens)(?:\/([^/]+))?)\.(json|xml)$/.exec(url.pathname);
  const definitionFile = /^\/open311\/v2\/services\/([^/]+)$/.exec(url.pathname);
  if (definitionFile && (method === "GET" || method === "HEAD")) return readLimited(request, "json", () => getOpen311Definition(url, safeDecode(definitionFile[1]!)));
  if (!file) return open311Error("json", 404, "Unknown Open311 resource (see /open311/discovery.json)");
  const [, discovery, resource, id, format] = file as unknown as [string, string | undefined, string | undefined, string | undefined, Format];
  const isPost = method === "POST" && resource === "requests" && id === undefined;
  if (!isPost && method !== "GET" && method !== "HEAD") return notAllowed(format, resource === "requests" && id === undefined ? "GET, HEAD, POST" : "GET, HEAD");
  const locale = requestedLocale(url);
  if (!locale) return open311Error(format, 400, UNKNOWN_LOCALE);

  if (isPost) return post(request, format, locale);
  return readLimited(request, format, async () => {
    if (discovery) {
      const document = discoveryDocument(publicBaseUrl(request.host));
      return open311Serialise(format, document, () => discoveryXml(document));
    }
    if (resource === "services" && id === undefined) return listOpen311Services(url, format);
    if (resource === "tokens") return open311Error(format, 404, "No token: every service is realtime and answers its service_request_id at once");
    if (resource === "requests") {
      const query: RequestQueryResult = id === undefined ? parseRequestQuery(url.searchParams, new Date()) : { ok: true, query: { kind: "ids", ids: [safeDecode(id)] } };
      if (!query.ok) return open311Error(format, 400, query.description);
      const requests = await findOpen311Requests(query.query, locale);
      if (id !== undefined && requests.length === 0) return open311Error(format, 404, `No service request with service_request_id ${safeDecode(id)}`);
      return fresh(open311Serialise(format, requests, () => requestsXml(requests)));
    }
    return open311Error(format, 404, "Unknown Open311 resource (see /open311/discovery.json)");
  });
}

async function post(request: Open311HttpRequest, format: Format, locale: "th" | "en"): Promise<Open311Reply> {
  if (!(request.contentType ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return noStore(open311Error(format, 400, "Send the request form-encoded (Content-Type: application/x-www-form-urlencoded)"));
  }
  const body = await request.body();
  if (body === null) return noStore(open311Error(format, 413, `The request body is larger than ${MAX_OPEN311_BODY_BYTES} bytes`));
  const idempotencyKey = request.idempotencyKey?.trim().slice(0, 200) || null;
  return noStore(await postOpen311Request(new URLSearchParams(body), { format, locale, idempotencyKey }));
}

async function readLimited(request: Open311HttpRequest, format: Format, read: () => Promise<Open311Reply>): Promise<Open311Reply> {
  const wait = await spendReadLimit(request.client);
  if (!wait) return read();
  const reply = open311Error(format, 429, `Too many requests from this address: try again in ${wait} seconds`);
  reply.headers["Retry-After"] = String(wait);
  return reply;
}

function notAllowed(format: Format, allow: string): Open311Reply {
  const reply = open311Error(format, 405, `Method not allowed here: use ${allow}`);
  reply.headers.Allow = allow;
  return reply;
}

/** A request's status changes: clients may keep it, but must ask again before using it. */
function fresh(reply: Open311Reply): Open311Reply {
  reply.headers["Cache-Control"] = "no-cache";
  return reply;
}

function noStore(reply: Open311Reply): Open311Reply {
  reply.headers["Cache-Control"] = "no-store";
  delete reply.headers["Access-Control-Allow-Origin"];
  return reply;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
