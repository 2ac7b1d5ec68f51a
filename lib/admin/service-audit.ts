import type { ServiceRow } from "@/lib/services/service-row";
import { changes } from "./audit";

const AUDITED: readonly (keyof ServiceRow & string)[] = [
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
  "active",
];

/** The audit detail of a service save: which parts changed (short values with before/after). */
export function serviceChanges(
  before: ServiceRow & { divisionCode: string },
  after: ServiceRow & { divisionCode: string },
): Record<string, unknown> {
  return changes(before, after, [...AUDITED, "divisionCode"]);
}
