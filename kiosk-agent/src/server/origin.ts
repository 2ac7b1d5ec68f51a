/**
 * The Origin rule: a browser page may talk to the agent only if its origin is listed. Any
 * other web page open on the kiosk (or a DNS-rebinding page) would otherwise be able to read
 * ID cards. Requests without Origin (non-browser clients) are refused as well.
 */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`not an http(s) origin: ${value}`);
  return url.origin;
}

export function createOriginCheck(allowOrigins: readonly string[]): (origin: string | undefined) => boolean {
  const allowed = new Set(allowOrigins.map(normalizeOrigin));
  return (origin) => {
    if (origin === undefined || origin === "" || origin === "null") return false;
    try {
      // Browsers send the origin already serialised; normalising only tolerates case.
      return allowed.has(normalizeOrigin(origin)) && allowed.has(origin.toLowerCase());
    } catch {
      return false;
    }
  };
}

/** Host header check against DNS rebinding: only loopback names reach the agent. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
