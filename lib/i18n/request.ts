import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Each screen family keeps its texts in its own file (messages/<locale>.json for the public
// site, messages/<family>.<locale>.json for the others), merged here into one catalogue
// with the family as the namespace.
const FAMILIES = ["kiosk", "staff", "board", "workflow", "counter", "admin"] as const;
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const [site, ...families] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...FAMILIES.map((family) => import(`../../messages/${family}.${locale}.json`)),
  ]);
  const messages = { ...site.default };
  FAMILIES.forEach((family, index) => (messages[family] = families[index].default));
  return { locale, messages, timeZone: "Asia/Bangkok" };
});
