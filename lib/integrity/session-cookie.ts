import { SESSION_MAX_MS } from "./recipient-session";

/**
 * The recipient's cookie: only the random session token (recipient-session.ts). HttpOnly,
 * SameSite=Strict (no other site's page can send it along), Secure when the public address
 * is https, and scoped to the recipients' pages in each language, so neither the reporter's
 * pages nor the staff console ever receive it. It is a different cookie from the staff one:
 * a staff session opens nothing here. One cookie per language (the same token), since a
 * response can set only one cookie of a name.
 */
export const RECIPIENT_COOKIES = [
  { name: "ko-integrity-recipient-th", path: "/integrity/recipient" },
  { name: "ko-integrity-recipient-en", path: "/en/integrity/recipient" },
] as const;

export type CookieOptions = { httpOnly: true; sameSite: "strict"; secure: boolean; path: string; maxAge: number };

export function recipientCookieOptions(path: string, env: NodeJS.ProcessEnv = process.env): CookieOptions {
  return { httpOnly: true, sameSite: "strict", secure: (env.PUBLIC_URL ?? "").startsWith("https://"), path, maxAge: Math.floor(SESSION_MAX_MS / 1000) };
}
