import type { Role } from "./roles";

/**
 * Who may do what, in one place. Every page, server action and API route asks `can()` with
 * the division taken from the record itself (never from the client). The README's
 * authorisation table and the matrix test (lib/staff/policy.test.ts, e2e) follow this.
 *
 *   ADMIN    everything, every division, and administration
 *   HEAD     their divisions: boards, case details (with full citizen IDs), case actions,
 *            the counter, filing for residents, the division's reports, and merging
 *            duplicate complaints
 *   OFFICER  their divisions: boards, case details, case actions, the counter, filing
 *   COUNTER  their divisions' boards and tickets (no case details, no actions), the
 *            counter, and filing for residents of any division
 *
 * Every role reads the integrity-assessment checklist (/staff/ita); only the HEAD and
 * OFFICERs of an item's division (and ADMIN) add or remove its evidence.
 */
export type Permission =
  | "board.view" // the division's queue board
  | "request.view" // a request's details, answers and timeline
  | "request.viewCitizenId" // the full citizen ID (each view is audited)
  | "request.act" // accept, defects, resume, transfer, note, message, complete, reject
  | "ticket.call" // call next, recall, no-show, served
  | "request.fileOnBehalf" // file at the counter for a walk-in resident
  | "reports.view" // the division's statistics
  | "complaint.merge" // merge duplicate complaints so each complainant gets the one outcome
  | "ita.evidence" // add or remove evidence of the division's integrity-assessment items
  | "admin"; // services, divisions, holidays, staff, kiosks, audit log

export type StaffPrincipal = { id: number; role: Role; divisionIds: readonly number[] };

const BY_ROLE: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([
    "board.view",
    "request.view",
    "request.viewCitizenId",
    "request.act",
    "ticket.call",
    "request.fileOnBehalf",
    "reports.view",
    "complaint.merge",
    "ita.evidence",
    "admin",
  ]),
  HEAD: new Set<Permission>(["board.view", "request.view", "request.viewCitizenId", "request.act", "ticket.call", "request.fileOnBehalf", "reports.view", "complaint.merge", "ita.evidence"]),
  OFFICER: new Set<Permission>(["board.view", "request.view", "request.viewCitizenId", "request.act", "ticket.call", "request.fileOnBehalf", "ita.evidence"]),
  COUNTER: new Set<Permission>(["board.view", "ticket.call", "request.fileOnBehalf"]),
};

/** Permissions that hold for any division (the rest only for the staff member's own). */
const ANY_DIVISION: ReadonlySet<Permission> = new Set<Permission>(["request.fileOnBehalf"]);

/**
 * May this person do this? `divisionId` is the division of the record concerned (the
 * request's routed division, the board's division); leave it out for actions that are not
 * about one division (administration, filing for a resident).
 */
export function can(staff: StaffPrincipal, permission: Permission, divisionId?: number): boolean {
  if (!BY_ROLE[staff.role].has(permission)) return false;
  if (staff.role === "ADMIN" || divisionId === undefined || ANY_DIVISION.has(permission)) return true;
  return staff.divisionIds.includes(divisionId);
}

/** The divisions whose boards this person may open. */
export function visibleDivisionIds(staff: StaffPrincipal, allDivisionIds: readonly number[]): number[] {
  return allDivisionIds.filter((id) => can(staff, "board.view", id));
}
