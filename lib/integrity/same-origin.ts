/**
 * For the one form that posts to a route handler (the reporter's download, which Next.js
 * does not origin-check as it does server actions): the browser's Origin must be this
 * site's own address, as the Host header gives it. No Origin at all is refused too: every
 * browser that matters sends one on a POST.
 */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
