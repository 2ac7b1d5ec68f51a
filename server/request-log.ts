import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * One JSON line per request on stdout, for a log collector (journald, Loki, ...):
 * {"time":"…","method":"GET","path":"/track/:token","status":200,"ms":12}
 *
 * The path is the only part of the request logged, and it is cleaned first: no query string
 * (search terms, tokens), tracking tokens and other opaque ids replaced by placeholders, and
 * never a citizen ID (PDPA). Event streams are logged when they close.
 */
export function logRequests(req: IncomingMessage, res: ServerResponse, write: (line: string) => void = defaultWrite): void {
  const started = performance.now();
  const method = req.method ?? "GET";
  const path = loggablePath(req.url ?? "/");
  res.once("close", () => {
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        method,
        path,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      }),
    );
  });
}

const TRACK = /^((?:\/en)?\/track)\/[^/]+/;
// 13 digits anywhere in a segment could be a citizen ID; long opaque runs are tokens or keys.
const CITIZEN_ID = /\d{13}/;
const OPAQUE = /^[A-Za-z0-9_-]{20,}$/;

export function loggablePath(url: string): string {
  const withoutQuery = url.split(/[?#]/)[0] || "/";
  const path = withoutQuery.replace(TRACK, "$1/:token");
  return path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? segment : CITIZEN_ID.test(segment) ? ":id" : OPAQUE.test(segment) ? ":token" : segment))
    .join("/")
    .slice(0, 200);
}

function defaultWrite(line: string): void {
  process.stdout.write(`${line}\n`);
}
