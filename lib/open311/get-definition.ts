import { findActiveService } from "@/lib/services/catalogue";
import { open311Error, open311Response, requestedLocale, type Format } from "./responses";
import { toOpen311Definition } from "./services";
import { serviceDefinitionXml } from "./xml";

/** `file` is "{service_code}.json" or "{service_code}.xml". */
export async function getOpen311Definition(request: Request, file: string): Promise<Response> {
  const match = /^([A-Za-z0-9_]{1,40})\.(json|xml)$/.exec(file);
  if (!match) return open311Error("json", 404, "Unknown format: use {service_code}.json or {service_code}.xml");
  const [, code, format] = match as unknown as [string, string, Format];
  const service = await findActiveService(code);
  if (!service) return open311Error(format, 404, `No service with service_code ${code}`);
  const definition = toOpen311Definition(service, requestedLocale(new URL(request.url)));
  return open311Response(format, definition, () => serviceDefinitionXml(definition));
}
