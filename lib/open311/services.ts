import type { Locale } from "@/lib/i18n/localized";
import { orderedFields, type FormField } from "@/lib/services/form-definition";
import type { Service } from "@/lib/services/service-row";

/**
 * Open311 GeoReport v2 discovery (https://wiki.open311.org/GeoReport_v2): the catalogue as
 * machine-readable services, each form field as a service attribute.
 */
export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime" | "batch" | "blackbox";
  keywords: string;
  group: string;
};

export type Open311Datatype = "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
};

export type Open311ServiceDefinition = { service_code: string; attributes: Open311Attribute[] };

const DATATYPES: Record<FormField["type"], Open311Datatype> = {
  text: "string",
  longtext: "text",
  number: "number",
  date: "datetime",
  single: "singlevaluelist",
  multi: "multivaluelist",
  yesno: "singlevaluelist",
  file: "string",
};

const YES_NO = {
  th: [
    { key: "true", name: "ใช่" },
    { key: "false", name: "ไม่ใช่" },
  ],
  en: [
    { key: "true", name: "Yes" },
    { key: "false", name: "No" },
  ],
};

export function toOpen311Service(service: Service, locale: Locale): Open311Service {
  return {
    service_code: service.code,
    service_name: service.name[locale],
    description: service.description[locale],
    metadata: service.form.fields.some((field) => field.type !== "file"),
    // A request number is returned at once when a request is filed.
    type: "realtime",
    keywords: service.keywords.join(", "),
    group: locale === "th" ? service.division.nameTh : service.division.nameEn,
  };
}

export function toOpen311Definition(service: Service, locale: Locale): Open311ServiceDefinition {
  return {
    service_code: service.code,
    // Files come as a link in media_url (never fetched here), so file questions are not attributes.
    attributes: orderedFields(service.form)
      .filter((field) => field.type !== "file")
      .map((field, index, fields) => toAttribute(field, index + 1, locale, fields)),
  };
}

/**
 * A conditional question is sent only when its condition holds, and is required only then:
 * GeoReport v2 has no conditions, so the attribute says so in words and is not `required`.
 */
function conditionNote(field: FormField, fields: FormField[], locale: Locale): string {
  if (!field.showWhen) return "";
  const parent = fields.find((f) => f.key === field.showWhen!.field);
  const values = field.showWhen.in.map(String).join(", ");
  const required = field.required ? (locale === "th" ? " และต้องระบุเมื่อถาม" : ", and is then required") : "";
  return locale === "th"
    ? `ถามเฉพาะเมื่อ attribute[${parent?.key ?? field.showWhen.field}] เป็น ${values}${required} (ถ้าส่งมาในกรณีอื่นจะไม่ถูกบันทึก)`
    : `Asked only when attribute[${parent?.key ?? field.showWhen.field}] is ${values}${required} (dropped when sent otherwise)`;
}

function toAttribute(field: FormField, order: number, locale: Locale, fields: FormField[]): Open311Attribute {
  const attribute: Open311Attribute = {
    variable: true,
    code: field.key,
    datatype: DATATYPES[field.type],
    required: field.required && !field.showWhen,
    datatype_description: [field.help?.[locale] ?? "", conditionNote(field, fields, locale)].filter(Boolean).join(" "),
    order,
    description: field.label[locale],
  };
  if (field.type === "single" || field.type === "multi") {
    attribute.values = field.choices.map((choice) => ({ key: choice.value, name: choice.label[locale] }));
  } else if (field.type === "yesno") {
    attribute.values = YES_NO[locale];
  }
  return attribute;
}
