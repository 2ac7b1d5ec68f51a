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

const FILE_NOTE = {
  th: "ลิงก์ของไฟล์ที่อัปโหลด (JPEG, PNG หรือ PDF)",
  en: "A link to an uploaded file (JPEG, PNG or PDF)",
};

export function toOpen311Service(service: Service, locale: Locale): Open311Service {
  return {
    service_code: service.code,
    service_name: service.name[locale],
    description: service.description[locale],
    metadata: service.form.fields.length > 0,
    // A request number is returned at once when a request is filed.
    type: "realtime",
    keywords: service.keywords.join(", "),
    group: locale === "th" ? service.division.nameTh : service.division.nameEn,
  };
}

export function toOpen311Definition(service: Service, locale: Locale): Open311ServiceDefinition {
  return {
    service_code: service.code,
    attributes: orderedFields(service.form).map((field, index) => toAttribute(field, index + 1, locale)),
  };
}

function toAttribute(field: FormField, order: number, locale: Locale): Open311Attribute {
  const attribute: Open311Attribute = {
    variable: true,
    code: field.key,
    datatype: DATATYPES[field.type],
    required: field.required,
    datatype_description: field.type === "file" ? FILE_NOTE[locale] : (field.help?.[locale] ?? ""),
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
