import { isLocked } from "@/lib/auth/lockout";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/staff/roles";

export type StaffAccountRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  divisionCodes: string[];
  twoFactorEnabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
};

/** Every staff account, by username, with the facts the administration page and `npm run staff -- list` show. */
export async function listStaffAccounts(now = new Date()): Promise<StaffAccountRow[]> {
  const rows = await db.staffUser.findMany({
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      twoFactorEnabled: true,
      mustChangePassword: true,
      lockedUntil: true,
      createdAt: true,
      divisions: { select: { division: { select: { code: true, sortOrder: true } } } },
    },
  });
  return rows.map(({ divisions, lockedUntil, role, ...row }) => ({
    ...row,
    role: role as Role,
    lockedUntil: isLocked(lockedUntil, now) ? lockedUntil : null,
    divisionCodes: divisions.sort((a, b) => a.division.sortOrder - b.division.sortOrder).map((d) => d.division.code),
  }));
}
