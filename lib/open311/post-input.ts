import { z } from "zod";
import { normalisePhone } from "@/lib/services/answers";

/**
 * What a GeoReport v2 POST /requests carries, read from its form-encoded body and checked
 * field by field, so that an error names the parameter the caller got wrong.
 * Attributes (`attribute[code]`, `attribute[code][]`) are collected here and validated by
 * the service's own form, as at the kiosk and online (lib/services/answers.ts).
 */
export type PostInput = {
  apiKey: string | null;
  serviceCode: string;
  lat: number | null;
  long: number | null;
  addressString: string;
  addressId: string;
  email: string;
  deviceId: string;
  accountId: string;
  firstName: string;
  lastName: string;
  phone: string;
  description: string;
  mediaUrl: string;
  attributes: Record<string, string | string[]>;
};

export type PostInputResult = { ok: true; input: PostInput } | { ok: false; description: string };

const text = (max: number) => z.string().trim().max(max);
const coordinate = (min: number, max: number) =>
  z.union([z.literal(""), z.string().trim().regex(/^-?\d{1,3}(\.\d{1,10})?$/).transform(Number).pipe(z.number().min(min).max(max))]);

const FIELDS = {
  service_code: text(100),
  lat: coordinate(-90, 90),
  long: coordinate(-180, 180),
  address_string: text(300),
  address_id: text(100),
  email: z.union([z.literal(""), z.string().trim().max(254).pipe(z.email())]),
  device_id: text(100),
  account_id: text(100),
  first_name: text(100),
  last_name: text(100),
  phone: z.union([z.literal(""), z.string().trim().max(30).refine((value) => normalisePhone(value) !== null)]),
  // The specification's limit.
  description: text(4000),
  // A link the caller hosts; kept as a link, never fetched by this server.
  media_url: z.union([z.literal(""), z.string().trim().max(2000).pipe(z.url({ protocol: /^https?$/ }))]),
} as const;

const HINTS: Record<keyof typeof FIELDS, string> = {
  service_code: "at most 100 characters",
  lat: "a WGS84 latitude in decimal degrees",
  long: "a WGS84 longitude in decimal degrees",
  address_string: "at most 300 characters",
  address_id: "at most 100 characters",
  email: "an email address",
  device_id: "at most 100 characters",
  account_id: "at most 100 characters",
  first_name: "at most 100 characters",
  last_name: "at most 100 characters",
  phone: "a Thai phone number",
  description: "at most 4000 characters",
  media_url: "an http or https URL",
};

const ATTRIBUTE = /^attribute\[([A-Za-z0-9_]{1,64})\](\[\])?$/;

export function readPostInput(body: URLSearchParams): PostInputResult {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FIELDS)) {
    const given = body.getAll(name);
    if (given.length > 1) return { ok: false, description: `${name} was given more than once` };
    const parsed = (schema as z.ZodType).safeParse(given[0] ?? "");
    if (!parsed.success) return { ok: false, description: `${name} is not valid: ${HINTS[name as keyof typeof FIELDS]}` };
    values[name] = parsed.data;
  }
  const attributes: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const name of new Set(body.keys())) {
    if (!name.startsWith("attribute")) continue;
    const match = ATTRIBUTE.exec(name);
    if (!match) return { ok: false, description: `${name} is not an attribute: use attribute[code] or attribute[code][]` };
    const [, code, many] = match;
    attributes[code!] = many ? body.getAll(name) : body.get(name)!;
  }
  const v = values as Record<keyof typeof FIELDS, string> & { lat: number | ""; long: number | "" };
  if ((v.lat === "") !== (v.long === "")) return { ok: false, description: "lat and long must be given together" };
  return {
    ok: true,
    input: {
      apiKey: body.get("api_key"),
      serviceCode: v.service_code,
      lat: v.lat === "" ? null : v.lat,
      long: v.long === "" ? null : v.long,
      addressString: v.address_string,
      addressId: v.address_id,
      email: v.email.toLowerCase(),
      deviceId: v.device_id,
      accountId: v.account_id,
      firstName: v.first_name,
      lastName: v.last_name,
      phone: v.phone === "" ? "" : normalisePhone(v.phone)!,
      description: v.description,
      mediaUrl: v.media_url,
      attributes,
    },
  };
}

/** Open311 datetimes are w3c; the form's date questions keep the calendar date. */
export function attributeAnswers(attributes: PostInput["attributes"], dateFields: Set<string>): Record<string, unknown> {
  const answers = Object.create(null) as Record<string, unknown>;
  for (const [code, value] of Object.entries(attributes)) {
    answers[code] = dateFields.has(code) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  }
  return answers;
}
