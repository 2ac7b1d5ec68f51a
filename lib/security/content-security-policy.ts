/**
 * The Content-Security-Policy of every page (Finding 4). Scripts run only with this
 * request's nonce (Next.js stamps it on its own scripts when proxy.ts passes the policy on
 * the request), so an injected <script> or inline handler never runs. Nothing may frame
 * a page (clickjacking a kiosk or the staff console), plugins are off, and forms and
 * <base> stay on this site.
 *
 * connect-src adds the kiosk agent's loopback WebSocket only on the pages that read a card
 * (the kiosk, the counter's walk-in filing, and a request's page, where an online applicant's
 * card is checked at the counter): any other page reaching the agent would be
 * a page that should not.
 */
export type PolicyOptions = {
  nonce: string;
  /** ws:// origins the page may open, e.g. the local card agent; none on most pages. */
  agentOrigins?: readonly string[];
  /** `next dev` evaluates code for fast refresh; never in production. */
  dev?: boolean;
};

export function contentSecurityPolicy({ nonce, agentOrigins = [], dev = false }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // style={...} attributes are used for progress bars and the like; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...agentOrigins, ...(dev ? ["ws:"] : [])],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The policy of answers that are not pages (JSON, XML, event streams, files): nothing runs. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const CARD_READING_PAGES = [/^(?:\/en)?\/kiosk(?:\/|$)/, /^(?:\/en)?\/staff\/file(?:\/|$)/, /^(?:\/en)?\/staff\/requests\/[^/]+$/];

/** Whether the page at `pathname` talks to the local card agent. */
export function readsCards(pathname: string): boolean {
  return CARD_READING_PAGES.some((pattern) => pattern.test(pathname));
}

/** Both spellings of the loopback agent address, since a kiosk may be opened either way. */
export function agentOrigins(agentUrl: string): string[] {
  const url = new URL(agentUrl);
  return [`ws://127.0.0.1:${url.port}`, `ws://localhost:${url.port}`];
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
