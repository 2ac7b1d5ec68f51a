import { z } from "zod";

/**
 * What the Open311 project's published JSON schemas for GeoReport v2 say
 * (github.com/open311/schema-validation, schema/georeport-v2/*.json), written as zod so a
 * test can check every answer against them. Stricter than they are in one way: no
 * property beyond the specification's, so nothing extra (a name, a phone) can slip out.
 */
const nullableString = z.string().nullable();
const dateTime = z.iso.datetime({ offset: true });

export const service = z
  .object({
    service_code: z.string(),
    service_name: z.string(),
    description: nullableString.optional(),
    metadata: z.boolean(),
    type: z.enum(["realtime", "batch", "blackbox"]),
    keywords: nullableString.optional(),
    group: nullableString.optional(),
  })
  .strict();

export const services = z.array(service);

export const serviceDefinition = z
  .object({
    service_code: z.string(),
    attributes: z.array(
      z
        .object({
          variable: z.boolean(),
          code: z.string(),
          datatype: z.enum(["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"]),
          required: z.boolean(),
          datatype_description: nullableString.optional(),
          order: z.number().int().nullable().optional(),
          description: nullableString.optional(),
          values: z.array(z.object({ key: z.string(), name: z.string() }).strict()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const request = z
  .object({
    service_request_id: z.string(),
    status: z.enum(["open", "closed"]),
    status_notes: nullableString.optional(),
    service_name: nullableString.optional(),
    service_code: z.string(),
    description: z.string().max(4000).nullable().optional(),
    agency_responsible: nullableString.optional(),
    service_notice: nullableString.optional(),
    requested_datetime: dateTime,
    updated_datetime: dateTime.nullable().optional(),
    expected_datetime: dateTime.nullable().optional(),
    address: nullableString.optional(),
    address_id: nullableString.optional(),
    zipcode: nullableString.optional(),
    lat: z.number().nullable().optional(),
    long: z.number().nullable().optional(),
    media_url: z.url().nullable().optional(),
  })
  .strict();

export const requests = z.array(request);

/** POST /requests: an id or a token, never both (the specification's wording). */
export const postResponse = z.array(
  z
    .object({
      service_request_id: z.string().optional(),
      token: z.string().optional(),
      service_notice: nullableString.optional(),
      account_id: nullableString.optional(),
    })
    .strict()
    .refine((answer) => (answer.service_request_id === undefined) !== (answer.token === undefined)),
);

export const errors = z.array(z.object({ code: z.number().int(), description: z.string() }).strict()).min(1);

/** The discovery document (wiki.open311.org/Service_discovery). */
export const discovery = z
  .object({
    changeset: dateTime,
    contact: z.string(),
    key_service: z.string(),
    endpoints: z
      .array(
        z
          .object({
            specification: z.string(),
            url: z.url(),
            changeset: dateTime,
            type: z.enum(["production", "test"]),
            formats: z.array(z.string()).refine((formats) => formats.includes("text/xml")),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
