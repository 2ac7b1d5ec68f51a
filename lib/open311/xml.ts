import type { Discovery } from "./discovery";
import type { Open311Request } from "./request-view";
import type { Open311Service, Open311ServiceDefinition } from "./services";

/** The XML flavour of the Open311 discovery documents, built by hand: the shapes are tiny. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 forbids outright (control characters other than tab, LF, CR).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

const HEADER = '<?xml version="1.0" encoding="utf-8"?>\n';

function element(name: string, value: string | number | boolean): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function servicesXml(services: Open311Service[]): string {
  const items = services.map(
    (s) =>
      `<service>${element("service_code", s.service_code)}${element("service_name", s.service_name)}` +
      `${element("description", s.description)}${element("metadata", s.metadata)}${element("type", s.type)}` +
      `${element("keywords", s.keywords)}${element("group", s.group)}</service>`,
  );
  return `${HEADER}<services>${items.join("")}</services>\n`;
}

export function serviceDefinitionXml(definition: Open311ServiceDefinition): string {
  const attributes = definition.attributes.map((a) => {
    const values = a.values
      ? `<values>${a.values.map((v) => `<value>${element("key", v.key)}${element("name", v.name)}</value>`).join("")}</values>`
      : "";
    return (
      `<attribute>${element("variable", a.variable)}${element("code", a.code)}${element("datatype", a.datatype)}` +
      `${element("required", a.required)}${element("datatype_description", a.datatype_description)}` +
      `${element("order", a.order)}${element("description", a.description)}${values}</attribute>`
    );
  });
  return `${HEADER}<service_definition>${element("service_code", definition.service_code)}<attributes>${attributes.join("")}</attributes></service_definition>\n`;
}

export function errorXml(code: number, description: string): string {
  return `${HEADER}<errors><error>${element("code", code)}${element("description", description)}</error></errors>\n`;
}

const optional = (name: string, value: string | number | null) => (value === null ? `<${name}/>` : element(name, value));

export function requestsXml(requests: Open311Request[]): string {
  const items = requests.map(
    (r) =>
      `<request>${element("service_request_id", r.service_request_id)}${element("status", r.status)}` +
      `${optional("status_notes", r.status_notes)}${optional("service_name", r.service_name)}${element("service_code", r.service_code)}` +
      `${optional("description", r.description)}${optional("agency_responsible", r.agency_responsible)}${optional("service_notice", r.service_notice)}` +
      `${element("requested_datetime", r.requested_datetime)}${optional("updated_datetime", r.updated_datetime)}` +
      `${optional("expected_datetime", r.expected_datetime)}${optional("address", r.address)}${optional("address_id", null)}` +
      `${optional("zipcode", null)}${optional("lat", r.lat)}${optional("long", r.long)}${optional("media_url", r.media_url)}</request>`,
  );
  return `${HEADER}<service_requests>${items.join("")}</service_requests>\n`;
}

export function postResponseXml(answer: { service_request_id: string; service_notice: string; account_id: string | null }): string {
  return (
    `${HEADER}<service_requests><request>${element("service_request_id", answer.service_request_id)}` +
    `${element("service_notice", answer.service_notice)}${optional("account_id", answer.account_id)}</request></service_requests>\n`
  );
}

export function discoveryXml(document: Discovery): string {
  const endpoints = document.endpoints.map(
    (e) =>
      `<endpoint>${element("specification", e.specification)}${element("url", e.url)}${element("changeset", e.changeset)}` +
      `${element("type", e.type)}<formats>${e.formats.map((f) => element("format", f)).join("")}</formats></endpoint>`,
  );
  return (
    `${HEADER}<discovery>${element("changeset", document.changeset)}${element("contact", document.contact)}` +
    `${element("key_service", document.key_service)}<endpoints>${endpoints.join("")}</endpoints></discovery>\n`
  );
}
