import { forbiddenDocumentDemands, serviceDefinition, type ServiceDefinition } from "@/lib/services/service-definition";
import { fieldErrorsFromIssues, type FieldErrors } from "./field-errors";

/**
 * The one check of a service edit: `serviceDefinition` (the same schema the seed and the
 * catalogue use), plus the rule that a resident is never asked for a photocopy of a
 * state-issued document. Errors are keyed by definition path ("documents.1.th").
 */
export function validateService(input: unknown): { ok: true; definition: ServiceDefinition } | { ok: false; errors: FieldErrors } {
  const parsed = serviceDefinition.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  const documents = (input as { documents?: unknown })?.documents;
  if (Array.isArray(documents)) {
    documents.forEach((document: unknown, index) => {
      for (const language of ["th", "en"] as const) {
        const value = (document as Record<string, unknown> | null)?.[language];
        if (typeof value !== "string") continue;
        const probe = { documents: [{ th: language === "th" ? value : "", en: language === "en" ? value : "" }] };
        if (forbiddenDocumentDemands(probe).length > 0) errors[`documents.${index}.${language}`] = { code: "photocopy" };
      }
    });
  }
  // "Two choices have the same code" says nothing new while the codes are still empty or malformed.
  for (const [key, error] of Object.entries(errors)) {
    if (error.code === "duplicateChoice" && Object.keys(errors).some((other) => other.startsWith(`${key}.`))) delete errors[key];
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, definition: parsed.data };
}
