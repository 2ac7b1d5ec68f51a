/**
 * Where links on receipts and QR codes point, and which Host headers the server answers
 * (Finding 14). A link must never follow the Host header a client sends: behind a proxy or
 * on a network, `Host: evil.example` would otherwise print receipts pointing elsewhere.
 *
 *   PUBLIC_URL     the site's public address, e.g. https://eservice.ko.go.th
 *   ALLOWED_HOSTS  more host names this server answers to, comma-separated (host or host:port)
 *
 * In production with neither set, only loopback names are answered (localhost, 127.0.0.1,
 * [::1]): enough to try the system on one PC, and `npm start` says what to set.
 */
type Env = Record<string, string | undefined>;

export type PublicUrlStatus =
  | { state: "set"; url: string }
  /** No PUBLIC_URL: links use the address the browser used, which may be `localhost`. */
  | { state: "unset"; advice: string };

const ADVICE =
  "PUBLIC_URL is not set: receipt QR codes point to the address this page was opened at (often localhost, " +
  "which a resident's phone cannot open). Set PUBLIC_URL to the address residents use, e.g. PUBLIC_URL=https://eservice.ko.go.th";

/** For `npm start`'s warning and the kiosk's set-up status. */
export function publicUrlStatus(env: Env = process.env): PublicUrlStatus {
  const url = env.PUBLIC_URL?.trim();
  return url ? { state: "set", url: url.replace(/\/+$/, "") } : { state: "unset", advice: ADVICE };
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Host names (lower case, no port) and host:port pairs this server answers in production. */
export function allowedHosts(env: Env = process.env): string[] {
  const hosts = (env.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) {
    try {
      hosts.push(new URL(publicUrl).host.toLowerCase());
    } catch {
      // An unparsable PUBLIC_URL allows nothing extra; links built from it fail loudly elsewhere.
    }
  }
  return hosts;
}

/**
 * Whether a Host header names this server. An entry without a port allows that name on
 * any port; with none configured, loopback names only.
 */
export function isAllowedHost(hostHeader: string | undefined, allowed: readonly string[]): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  if (allowed.length === 0) return LOOPBACK_NAMES.has(name);
  return allowed.some((entry) => entry === host || entry === name);
}
