/**
 * The address a sign-in came from, for the throttle. Next.js fills `x-forwarded-for` from
 * the socket when the request has none, and a reverse proxy appends the address it saw, so
 * the last entry is the one the nearest hop vouches for. (Without a proxy, a client could
 * send its own header: then the throttle is keyed by whatever it sent, and the lockout per
 * username, which does not depend on addresses, still holds.)
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").at(-1)?.trim() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
  return address || "unknown";
}
