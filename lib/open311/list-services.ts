import { listActiveServices } from "@/lib/services/catalogue";
import { open311Response, requestedLocale, type Format } from "./responses";
import { toOpen311Service } from "./services";
import { servicesXml } from "./xml";

export async function listOpen311Services(request: Request, format: Format): Promise<Response> {
  const locale = requestedLocale(new URL(request.url));
  const services = (await listActiveServices()).map((service) => toOpen311Service(service, locale));
  return open311Response(format, services, () => servicesXml(services));
}
