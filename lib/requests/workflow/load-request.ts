import { db } from "@/lib/db/client";
import { can, type Permission, type StaffPrincipal } from "@/lib/staff/policy";
import { workflowError } from "./errors";

/** References as lib/requests/reference.ts makes them: KO-2570-000042. */
export const REFERENCE_PATTERN = /^KO-\d{4}-\d{6,}$/;

export type ActionableRequest = NonNullable<Awaited<ReturnType<typeof findByReference>>>;

function findByReference(reference: string) {
  return db.request.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      status: true,
      divisionId: true,
      applicantKey: true,
      dueDate: true,
      pausedDays: true,
      pausedSince: true,
      defectRequests: true,
      acceptedAt: true,
      kind: true,
      mergedIntoId: true,
      division: { select: { code: true, nameTh: true, nameEn: true } },
    },
  });
}

/**
 * The access-checked query every workflow action starts with: the request, if it exists
 * and this person has `permission` for the division it is routed to (read from the
 * database, never from the client). Anything else is "not_found", so a guess at another
 * division's reference learns nothing.
 */
export async function loadRequestFor(staff: StaffPrincipal, reference: string, permission: Permission): Promise<ActionableRequest> {
  if (!REFERENCE_PATTERN.test(reference)) throw workflowError("not_found");
  const request = await findByReference(reference);
  if (!request || !can(staff, permission, request.divisionId)) throw workflowError("not_found");
  return request;
}
