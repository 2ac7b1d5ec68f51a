import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { MESSAGE_FAMILIES } from "./message-families";
import { routing } from "./routing";

// The site's texts and every family's (lib/i18n/message-families.ts), merged into one catalogue.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const [site, ...families] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...MESSAGE_FAMILIES.map((family) => import(`../../messages/${family}.${locale}.json`)),
  ]);
  const messages = { ...site.default };
  MESSAGE_FAMILIES.forEach((family, index) => (messages[family] = families[index].default));
  return { locale, messages, timeZone: "Asia/Bangkok" };
});
