import { db } from "@/lib/db/client";
import type { Role } from "@/lib/staff/roles";
import type { StaffSession } from "@/lib/staff/session";

/** For tests: a staff account row (audit rows point at it) and its signed-in session. */
export async function makeStaff(username: string, role: Role, divisionCodes: string[] = []): Promise<StaffSession> {
  const divisions = await db.division.findMany({ where: { code: { in: divisionCodes } }, select: { id: true, code: true } });
  const user = await db.staffUser.create({
    data: { username, displayName: username, role, divisions: { create: divisions.map((d) => ({ divisionId: d.id })) } },
  });
  return {
    id: user.id,
    role,
    username,
    displayName: username,
    divisionIds: divisions.map((d) => d.id),
    divisionCodes: divisions.map((d) => d.code),
    counterNumber: null,
  };
}
