import { AppError } from "@/lib/errors/app-error";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { can, type StaffPrincipal } from "@/lib/staff/policy";

/** `ticket_settled`: the request was completed, rejected or transferred (details.outcome), so its ticket is closed. */
export type QueueErrorCode = "counter_required" | "counter_busy" | "not_found" | "ticket_state" | "ticket_settled" | "forbidden";

/** Staff as the queue operations need them: who, and the counter chosen at sign-in. */
export type CounterStaff = StaffPrincipal & { counterNumber?: number | null };

export type QueueDivision = { id: number; code: string; nameTh: string; nameEn: string; queuePrefix: string };

/** Every division (from the in-memory catalogue snapshot), in catalogue order. */
export async function allDivisions(): Promise<QueueDivision[]> {
  return [...(await catalogueSnapshot()).divisions.values()];
}

/**
 * The divisions whose tickets this person may call: by default all of theirs (ADMIN: all),
 * or the ones asked for, every one of which must be theirs.
 */
export async function callableDivisions(staff: StaffPrincipal, requested?: readonly number[]): Promise<QueueDivision[]> {
  const divisions = await allDivisions();
  if (requested && requested.length > 0) {
    const chosen = divisions.filter((d) => requested.includes(d.id));
    if (chosen.length !== new Set(requested).size || chosen.some((d) => !can(staff, "ticket.call", d.id))) {
      throw new AppError<QueueErrorCode>("forbidden");
    }
    return chosen;
  }
  const own = staff.role === "ADMIN" && staff.divisionIds.length > 0 ? divisions.filter((d) => staff.divisionIds.includes(d.id)) : divisions;
  return own.filter((d) => can(staff, "ticket.call", d.id));
}
