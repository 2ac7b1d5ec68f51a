/**
 * A multipart or form POST is a request any site may make a browser send, so the APIs that
 * take one require the Origin header, and it must name the host asked for: the CSRF check.
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
