/**
 * The address a sign-in came from, for the throttle. The web server settles
 * `x-forwarded-for` before anything reads it (`settleForwardedFor`), so the last entry is
 * the address the nearest trusted hop saw: the socket's without a proxy, or what the
 * reverse proxy appended when TRUST_PROXY is set.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").at(-1)?.trim() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
  return address || "unknown";
}

/**
 * Without a proxy in front, a client could send its own `x-forwarded-for` and pick the key
 * the throttle counts it under: the header is replaced by the socket's address. Behind a
 * proxy (TRUST_PROXY=1, and the server listening on loopback so only the proxy reaches it)
 * the proxy's header is kept.
 */
export function settleForwardedFor(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trustProxy: boolean): void {
  if (trustProxy && headers["x-forwarded-for"]) return;
  headers["x-forwarded-for"] = socketAddress ?? "unknown";
}
