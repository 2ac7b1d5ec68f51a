import { getOpen311Definition } from "./get-definition";
import { listOpen311Services } from "./list-services";
import { open311Error, type Open311Reply } from "./responses";

export const OPEN311_PREFIX = "/open311/v2/";

/** The Open311 GeoReport v2 discovery routes; null when the path is not one of ours. */
export async function routeOpen311(method: string, url: URL): Promise<Open311Reply | null> {
  if (!url.pathname.startsWith(OPEN311_PREFIX)) return null;
  if (method !== "GET" && method !== "HEAD") {
    const reply = open311Error("json", 405, "Only GET is supported");
    reply.headers.Allow = "GET, HEAD";
    return reply;
  }
  const rest = url.pathname.slice(OPEN311_PREFIX.length);
  if (rest === "services.json") return listOpen311Services(url, "json");
  if (rest === "services.xml") return listOpen311Services(url, "xml");
  if (rest.startsWith("services/")) return getOpen311Definition(url, safeDecode(rest.slice("services/".length)));
  return open311Error("json", 404, "Unknown Open311 resource");
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
