import type { ServiceRow } from "@/lib/services/service-row";
import { changes } from "./audit";

/** The service fields a save audits (the audit page labels each one). */
export const AUDITED_SERVICE_FIELDS = [
  "nameTh",
  "nameEn",
  "descriptionTh",
  "descriptionEn",
  "category",
  "processingDays",
  "processingBasis",
  "processingNoteTh",
  "processingNoteEn",
  "feeTh",
  "feeEn",
  "criteriaTh",
  "criteriaEn",
  "legalBasisTh",
  "legalBasisEn",
  "documents",
  "steps",
  "channels",
  "keywords",
  "form",
  "routing",
  "location",
  "identityCheck",
  "eligibility",
  "active",
] as const satisfies readonly (keyof ServiceRow & string)[];

/** The audit detail of a service save: which parts changed (short values with before/after). */
export function serviceChanges(
  before: ServiceRow & { divisionCode: string },
  after: ServiceRow & { divisionCode: string },
): Record<string, unknown> {
  return changes(before, after, [...AUDITED_SERVICE_FIELDS, "divisionCode"]);
}
