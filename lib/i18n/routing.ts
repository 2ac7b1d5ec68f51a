import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/**
 * Thai lives at the root (/services), English under /en (/en/services). The language is
 * chosen by the address only (no cookie, no browser guess), so a link or a QR code always
 * opens in the language it was made in, and a shared kiosk never "remembers" a language.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});
