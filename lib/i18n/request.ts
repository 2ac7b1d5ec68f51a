import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Each screen family keeps its texts in its own file (messages/<locale>.json for the public
// site, messages/kiosk.<locale>.json for the kiosk), merged here into one catalogue.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const [site, kiosk] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/kiosk.${locale}.json`),
  ]);
  return {
    locale,
    messages: { ...site.default, kiosk: kiosk.default },
    timeZone: "Asia/Bangkok",
  };
});
