import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { CATEGORY_CODES } from "./categories";
import { CHANNELS } from "./channels";
import { DIVISION_CODES } from "./divisions";
import { routingRule } from "@/lib/requests/routing";
import { formDefinition } from "./form-definition";
import { IDENTITY_CHECKS, LOCATION_NEEDS, SERVICE_KINDS } from "./service-choices";
import { eligibilityRules, fieldsNamed } from "@/lib/eligibility/rules";

/**
 * Everything a service's public manual (คู่มือสำหรับประชาชน, Licensing Facilitation Act
 * B.E. 2558 s.7) and its form need. The seed is written in this shape and staff edits are
 * checked against it.
 */
export const PROCESSING_BASES = ["statutory", "service_level"] as const;
export { SERVICE_KINDS, type ServiceKind } from "./service-choices";
export { IDENTITY_CHECKS, LOCATION_NEEDS } from "./service-choices";

const localizedItem = localizedText;
const step = z.object({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
  // How long this step takes, as the manual states it (optional).
  minutes: z.number().int().positive().optional(),
});

export const serviceDefinition = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{2,39}$/),
  division: z.enum(DIVISION_CODES),
  category: z.enum(CATEGORY_CODES as [string, ...string[]]),
  name: localizedText,
  description: localizedText,
  processing: z.object({
    workingDays: z.number().int().min(0).max(365),
    basis: z.enum(PROCESSING_BASES),
    note: localizedText.optional(),
  }),
  // null: no fee; the manual then says "no fee" explicitly.
  fee: localizedText.nullable(),
  criteria: localizedText,
  legalBasis: localizedText,
  // An empty list: no documents required; the manual then says "none" explicitly.
  documents: z.array(localizedItem),
  steps: z.array(step).min(1),
  channels: z.array(z.enum(CHANNELS)).min(1),
  keywords: z.array(z.string().trim().min(1)).default([]),
  form: formDefinition,
  routing: z.array(routingRule).default([]),
  location: z.enum(LOCATION_NEEDS).default("none"),
  identityCheck: z.enum(IDENTITY_CHECKS).default("before_processing"),
  // Who clearly qualifies, from the card or typed identity and the answers (lib/eligibility).
  eligibility: eligibilityRules,
  active: z.boolean().default(true),
  kind: z.enum(SERVICE_KINDS).default("service"),
  // Complaints only: working days to acknowledge (accept) a complaint; processing.workingDays
  // is then the time to answer it (the municipality's complaint-handling guideline).
  acknowledgeWorkingDays: z.number().int().min(0).max(60).optional(),
}).superRefine((service, ctx) => {
  if (service.kind === "complaint" && service.acknowledgeWorkingDays === undefined) {
    ctx.addIssue({ code: "custom", path: ["acknowledgeWorkingDays"], message: "ต้องระบุกำหนดวันตอบรับเรื่องร้องเรียน (a complaint needs acknowledgeWorkingDays)" });
  }
  if (service.kind === "service" && service.acknowledgeWorkingDays !== undefined) {
    ctx.addIssue({ code: "custom", path: ["acknowledgeWorkingDays"], message: "กำหนดวันตอบรับใช้กับเรื่องร้องเรียนเท่านั้น (only complaints have acknowledgeWorkingDays)" });
  }
  if (service.acknowledgeWorkingDays !== undefined && service.acknowledgeWorkingDays > service.processing.workingDays) {
    ctx.addIssue({ code: "custom", path: ["acknowledgeWorkingDays"], message: "กำหนดวันตอบรับต้องไม่เกินกำหนดวันแจ้งผล (acknowledge within the answer time)" });
  }
  const keys = new Set(service.form.fields.map((f) => f.key));
  service.routing.forEach((rule, index) => {
    if (!keys.has(rule.field)) {
      ctx.addIssue({ code: "custom", path: ["routing", index, "field"], message: `no form field ${rule.field}` });
    }
  });
  for (const named of fieldsNamed(service.eligibility)) {
    if (!keys.has(named.field)) {
      ctx.addIssue({ code: "custom", path: ["eligibility", named.index, named.path], message: `no form field ${named.field}` });
    }
  }
  // Open311 sends no citizen ID or birth date, so rules over them could never be checked.
  if (service.channels.includes("open311") && service.eligibility.length > 0) {
    ctx.addIssue({ code: "custom", path: ["channels"], message: "open311 cannot be offered for a service with eligibility rules" });
  }
});

export type ServiceDefinition = z.infer<typeof serviceDefinition>;
export type ServiceDefinitionInput = z.input<typeof serviceDefinition>;

/**
 * Residents must never be asked for photocopies of state-issued documents (Cabinet
 * resolutions 2003, 2014, 2018): the ID card read replaces the ID card and house
 * registration copies. Returns the offending document texts.
 */
export function forbiddenDocumentDemands(definition: Pick<ServiceDefinition, "documents">): string[] {
  const forbidden = [
    /สำเนาบัตรประ(จำ|ชา)ตัว/,
    /สำเนาทะเบียนบ้าน/,
    /copy of (the |your )?(national )?id card/i,
    /copy of (the |your )?house registration/i,
  ];
  return definition.documents
    .flatMap((d) => [d.th, d.en])
    .filter((text) => forbidden.some((pattern) => pattern.test(text)));
}
