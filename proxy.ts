import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the JSON/XML APIs (api, open311), Next internals, or files with a dot.
  matcher: "/((?!api|open311|_next|_vercel|.*\\..*).*)",
};
