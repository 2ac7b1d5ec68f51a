import { COMPLAINT_UNIT, mayReadComplainant, nameWithheld } from "@/lib/complaints/complainant-identity";
import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { readApplicant } from "../applicant";
import { workflowError } from "./errors";
import { loadRequestFor } from "./load-request";

/**
 * The applicant's full citizen ID, for staff with request.viewCitizenId in the request's
 * division only (COUNTER and other divisions get "not_found"). Every reveal is written to
 * the audit log with the person's key before the ID is returned.
 */
export async function revealCitizenId(options: { staff: StaffPrincipal; reference: string; now?: Date }): Promise<string> {
  const request = await loadRequestFor(options.staff, options.reference, "request.viewCitizenId");
  const row = await db.request.findUniqueOrThrow({ where: { id: request.id }, select: { applicant: true, kind: true, answers: true } });
  // A complainant who kept their name from the division is known to the complaint-handling unit only.
  if (nameWithheld(row)) {
    const unit = await db.division.findUnique({ where: { code: COMPLAINT_UNIT }, select: { id: true } });
    if (!mayReadComplainant({ mayView: true, withheld: true, staffDivisionIds: options.staff.divisionIds, complaintUnitId: unit?.id })) throw workflowError("not_found");
  }
  const applicant = readApplicant(row.applicant, request.reference);
  if (!applicant.success) throw workflowError("not_found");
  await db.auditLog.create({
    data: {
      at: options.now ?? new Date(),
      actorType: "staff",
      actorId: options.staff.id,
      action: "request.citizen_id_viewed",
      subjectType: "request",
      subjectId: request.reference,
      personKey: request.applicantKey,
    },
  });
  return applicant.data.citizenId;
}
