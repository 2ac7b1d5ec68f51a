import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { DOWNLOAD_PATH, DOWNLOAD_POLICY } from "@/lib/files/download-policy";
import { routing } from "@/lib/i18n/routing";
import { kioskPageConfig } from "@/lib/kiosk/page-config";
import { agentOrigins, contentSecurityPolicy, newNonce, readsCards } from "@/lib/security/content-security-policy";

const localeRouting = createMiddleware(routing);

/**
 * Every page: the language routing, and a Content-Security-Policy with a fresh nonce.
 * Next.js reads the policy from the request to stamp the nonce on its own scripts, and the
 * browser reads it from the response, so it goes on both.
 */
export default function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    agentOrigins: readsCards(request.nextUrl.pathname) ? agentOrigins(kioskPageConfig(process.env).agentUrl) : [],
    dev: process.env.NODE_ENV === "development",
  });
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);
  const response = localeRouting(request);
  // A staff download (lib/files) is never a page: sandboxed, nothing allowed.
  response.headers.set("Content-Security-Policy", DOWNLOAD_PATH.test(request.nextUrl.pathname) ? DOWNLOAD_POLICY : policy);
  return response;
}

export const config = {
  // Pages only: not the JSON/XML APIs (api, open311), Next internals, or files with a dot.
  matcher: "/((?!api|open311|_next|_vercel|.*\\..*).*)",
};
