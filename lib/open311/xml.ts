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
