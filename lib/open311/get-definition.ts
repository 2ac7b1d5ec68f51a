import { findActiveService } from "@/lib/services/catalogue";
import { open311Error, open311Serialise, requestedLocale, UNKNOWN_LOCALE, type Format, type Open311Reply } from "./responses";
import { toOpen311Definition } from "./services";
import { serviceDefinitionXml } from "./xml";

/** GET /open311/v2/services/{file}, where file is "{service_code}.json" or ".xml". */
export async function getOpen311Definition(url: URL, file: string): Promise<Open311Reply> {
  const match = /^([A-Za-z0-9_]{1,40})\.(json|xml)$/.exec(file);
  if (!match) return open311Error("json", 404, "Unknown format: use {service_code}.json or {service_code}.xml");
  const [, code, format] = match as unknown as [string, string, Format];
  const locale = requestedLocale(url);
  if (!locale) return open311Error(format, 400, UNKNOWN_LOCALE);
  const service = await findActiveService(code);
  if (!service || !service.channels.includes("open311")) return open311Error(format, 404, `No service with service_code ${code}`);
  const definition = toOpen311Definition(service, locale);
  return open311Serialise(format, definition, () => serviceDefinitionXml(definition));
}
