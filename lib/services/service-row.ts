import type { LocalizedText } from "@/lib/i18n/localized";
import type { Category } from "./categories";
import type { Channel } from "./channels";
import type { DivisionCode } from "./divisions";
import { serviceDefinition, type ServiceDefinition } from "./service-definition";

/**
 * Conversion between the service definition (what the manual and the form need) and its
 * database row, where lists and the form are JSON text (portable between SQLite and
 * PostgreSQL). Rows are re-validated when read, so a bad edit can never reach a resident.
 */
export type ServiceRow = {
  code: string;
  nameTh: string;
  nameEn: string;
  descriptionTh: string;
  descriptionEn: string;
  category: string;
  processingDays: number;
  processingBasis: string;
  processingNoteTh: string;
  processingNoteEn: string;
  feeTh: string | null;
  feeEn: string | null;
  criteriaTh: string;
  criteriaEn: string;
  legalBasisTh: string;
  legalBasisEn: string;
  documents: string;
  steps: string;
  channels: string;
  keywords: string;
  form: string;
  routing: string;
  location: string;
  identityCheck: string;
  eligibility: string;
  active: boolean;
  sortOrder: number;
  kind: string;
  acknowledgeDays: number | null;
};

export type ServiceDivision = { id: number; code: string; nameTh: string; nameEn: string };

/** A service as the application uses it: validated, with its division. */
export type Service = Omit<ServiceDefinition, "division" | "category" | "channels"> & {
  id: number;
  division: ServiceDivision & { code: DivisionCode };
  category: Category;
  channels: Channel[];
  sortOrder: number;
};

export function toServiceRow(definition: ServiceDefinition, sortOrder: number): ServiceRow {
  return {
    code: definition.code,
    nameTh: definition.name.th,
    nameEn: definition.name.en,
    descriptionTh: definition.description.th,
    descriptionEn: definition.description.en,
    category: definition.category,
    processingDays: definition.processing.workingDays,
    processingBasis: definition.processing.basis,
    processingNoteTh: definition.processing.note?.th ?? "",
    processingNoteEn: definition.processing.note?.en ?? "",
    feeTh: definition.fee?.th ?? null,
    feeEn: definition.fee?.en ?? null,
    criteriaTh: definition.criteria.th,
    criteriaEn: definition.criteria.en,
    legalBasisTh: definition.legalBasis.th,
    legalBasisEn: definition.legalBasis.en,
    documents: JSON.stringify(definition.documents),
    steps: JSON.stringify(definition.steps),
    channels: JSON.stringify(definition.channels),
    keywords: JSON.stringify(definition.keywords),
    form: JSON.stringify(definition.form),
    routing: JSON.stringify(definition.routing),
    location: definition.location,
    identityCheck: definition.identityCheck,
    eligibility: JSON.stringify(definition.eligibility),
    active: definition.active,
    sortOrder,
    kind: definition.kind,
    acknowledgeDays: definition.acknowledgeWorkingDays ?? null,
  };
}

function text(th: string, en: string): LocalizedText | undefined {
  return th.trim() && en.trim() ? { th, en } : undefined;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * The stored row in definition shape (the inverse of toServiceRow), unvalidated. A note or
 * fee given in one language only is kept as it is, so the service editor shows it and its
 * validation names the missing language.
 */
export function rowToCandidate(row: ServiceRow & { division: { code: string } }): Record<string, unknown> {
  const noteGiven = row.processingNoteTh.trim() !== "" || row.processingNoteEn.trim() !== "";
  return {
    code: row.code,
    division: row.division.code,
    category: row.category,
    name: { th: row.nameTh, en: row.nameEn },
    description: { th: row.descriptionTh, en: row.descriptionEn },
    processing: {
      workingDays: row.processingDays,
      basis: row.processingBasis,
      note: noteGiven ? { th: row.processingNoteTh, en: row.processingNoteEn } : undefined,
    },
    fee: row.feeTh !== null || row.feeEn !== null ? { th: row.feeTh ?? "", en: row.feeEn ?? "" } : null,
    criteria: { th: row.criteriaTh, en: row.criteriaEn },
    legalBasis: { th: row.legalBasisTh, en: row.legalBasisEn },
    documents: parseJson(row.documents),
    steps: parseJson(row.steps),
    channels: parseJson(row.channels),
    keywords: parseJson(row.keywords),
    form: parseJson(row.form),
    routing: parseJson(row.routing),
    location: row.location,
    identityCheck: row.identityCheck,
    eligibility: parseJson(row.eligibility),
    active: row.active,
    kind: row.kind,
    acknowledgeWorkingDays: row.acknowledgeDays ?? undefined,
  };
}

export type ServiceRowProblem = { code: string; issues: string[] };

/**
 * Validate a row; returns the service, or the problems that keep it off public pages. A
 * note or fee in one language only is left out here rather than hiding the whole service.
 */
export function fromServiceRow(
  row: ServiceRow & { id: number; division: ServiceDivision },
): { ok: true; service: Service } | { ok: false; problem: ServiceRowProblem } {
  const base = rowToCandidate(row);
  const candidate = {
    ...base,
    processing: { ...(base.processing as object), note: text(row.processingNoteTh, row.processingNoteEn) },
    fee: row.feeTh !== null && row.feeEn !== null ? { th: row.feeTh, en: row.feeEn } : null,
  };
  const parsed = serviceDefinition.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      problem: { code: row.code, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) },
    };
  }
  const definition = parsed.data;
  return {
    ok: true,
    service: {
      ...definition,
      id: row.id,
      category: definition.category as Category,
      division: { ...row.division, code: definition.division },
      sortOrder: row.sortOrder,
    },
  };
}
