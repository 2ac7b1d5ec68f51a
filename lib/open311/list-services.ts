import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot, type CatalogueSnapshot } from "@/lib/services/catalogue";
import { open311Error, open311Reply, requestedLocale, UNKNOWN_LOCALE, type Format, type Open311Reply } from "./responses";
import { toOpen311Service } from "./services";
import { servicesXml } from "./xml";

// The list is the same for every caller until the catalogue changes: serialise it once
// per catalogue snapshot, language and format.
const bodies = new WeakMap<CatalogueSnapshot, Map<string, Buffer>>();

function listBody(snapshot: CatalogueSnapshot, locale: Locale, format: Format): Buffer {
  const cache = bodies.get(snapshot) ?? new Map<string, Buffer>();
  bodies.set(snapshot, cache);
  const key = `${locale}.${format}`;
  let body = cache.get(key);
  if (body === undefined) {
    const services = snapshot.services.filter((service) => service.channels.includes("open311")).map((service) => toOpen311Service(service, locale));
    body = Buffer.from(format === "json" ? JSON.stringify(services) : servicesXml(services));
    cache.set(key, body);
  }
  return body;
}

/** GET /open311/v2/services.{json,xml} */
export async function listOpen311Services(url: URL, format: Format): Promise<Open311Reply> {
  const locale = requestedLocale(url);
  if (!locale) return open311Error(format, 400, UNKNOWN_LOCALE);
  return open311Reply(format, listBody(await catalogueSnapshot(), locale, format));
}
