import type { DivisionCode } from "@/lib/services/divisions";

/**
 * The complaint-handling unit (ศูนย์รับเรื่องร้องเรียน): in a municipality this size it sits in
 * the Office of the Municipal Clerk. It registers every complaint, whatever division deals
 * with it, and it alone sees who complained when the complainant asked not to be named.
 */
export const COMPLAINT_UNIT: DivisionCode = "PALAD";

/** The complaint form's yes/no question (prisma/seed/services/palad.ts). */
export const KEEP_NAME_FIELD = "keepNameFromDivision";

/** Did the complainant ask to keep their name from the division? Reads the stored answers JSON. */
export function nameWithheld(request: { kind: string; answers: string }): boolean {
  if (request.kind !== "complaint") return false;
  try {
    const answers = JSON.parse(request.answers) as Record<string, unknown> | null;
    return answers?.[KEEP_NAME_FIELD] === true;
  } catch {
    // Unreadable answers: protect rather than reveal.
    return true;
  }
}

/**
 * May this person read who filed it? Only where they may see case details at all
 * (`mayView`, from lib/staff/policy), and, for a complainant who asked not to be named,
 * only as staff of the complaint-handling unit: not the division dealing with it, and not
 * an administrator outside the unit either (the guideline's protection of the complainant).
 */
export function mayReadComplainant(options: {
  mayView: boolean;
  withheld: boolean;
  staffDivisionIds: readonly number[];
  complaintUnitId: number | undefined;
}): boolean {
  if (!options.mayView) return false;
  if (!options.withheld) return true;
  return options.complaintUnitId !== undefined && options.staffDivisionIds.includes(options.complaintUnitId);
}
