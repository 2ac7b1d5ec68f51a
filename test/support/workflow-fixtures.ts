import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "@/lib/staff/policy";
import type { Role } from "@/lib/staff/roles";
import { koResident } from "@/test/support/kiosk-device";
import { fileRequest } from "@/lib/requests/file-request";

/** For integration tests: staff, and requests filed for the Engineering Division. */

let staffCount = 0;

export async function makeStaff(role: Role, divisionCodes: string[]): Promise<StaffPrincipal & { displayName: string }> {
  const divisions = await db.division.findMany({ where: { code: { in: divisionCodes } }, select: { id: true } });
  const displayName = `${role.toLowerCase()} ${divisionCodes.join("+") || "none"} ${++staffCount}`;
  const user = await db.staffUser.create({
    data: {
      username: `test-${role.toLowerCase()}-${staffCount}-${Math.random().toString(36).slice(2, 8)}`,
      displayName,
      role,
      divisions: { create: divisions.map((d) => ({ divisionId: d.id })) },
    },
  });
  return { id: user.id, role, divisionIds: divisions.map((d) => d.id), displayName };
}

/** Friday 4 December 2026, 10:00 in Ko: a street-light repair (7 working days) is due Thursday 17 December. */
export const FILED_AT = new Date("2026-12-04T03:00:00Z");

/** A Bangkok calendar date at 10:00 local time, as a fake clock. */
export function at(date: string, time = "10:00"): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

export async function fileRepair(now: Date = FILED_AT): Promise<{ reference: string; trackingToken: string; dueDate: string }> {
  const filed = await fileRequest({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "counter",
    applicant: { ...koResident, phone: "0812345678" },
    identity: { source: "typed", detail: "typed at the counter, not verified from the card" },
    answers: { problemType: "road", location: "ซอย 2 หมู่ 5" },
    idempotencyKey: null,
    actor: { type: "staff", label: "test" },
    now,
  });
  return { reference: filed.reference, trackingToken: filed.trackingToken, dueDate: filed.dueDate };
}

export function requestRow(reference: string) {
  return db.request.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { id: "asc" } }, division: true } });
}
