import { z } from "zod";
import { usernameSchema } from "@/lib/auth/username";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { ROLES } from "@/lib/staff/roles";

export const roleSchema = z.enum(ROLES);
export const displayNameSchema = z.string().trim().min(1).max(80);
export const divisionCodesSchema = z.array(z.string().trim().toUpperCase().min(1).max(40)).max(20);

export function parseUsername(value: unknown): string {
  const parsed = usernameSchema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid_username");
  return parsed.data;
}

export function parseRole(value: unknown) {
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid_role");
  return parsed.data;
}

export function parseDisplayName(value: unknown): string {
  const parsed = displayNameSchema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid_display_name");
  return parsed.data;
}

/** Division codes to ids, refusing any that do not exist (named in `details.code`). */
export async function divisionIdsFor(codes: unknown): Promise<{ ids: number[]; codes: string[] }> {
  const parsed = divisionCodesSchema.safeParse(codes);
  if (!parsed.success) throw new AppError("unknown_division");
  const unique = [...new Set(parsed.data)];
  const found = await db.division.findMany({ where: { code: { in: unique } }, select: { id: true, code: true } });
  const missing = unique.find((code) => !found.some((division) => division.code === code));
  if (missing) throw new AppError("unknown_division", { code: missing });
  return { ids: found.map((division) => division.id), codes: unique };
}

/** The account by its id or username, or AppError("not_found"). */
export async function findAccount(who: { id: number } | { username: string }) {
  const where = "id" in who ? { id: who.id } : { username: parseUsername(who.username) };
  const user = await db.staffUser.findUnique({
    where,
    select: { id: true, username: true, displayName: true, role: true, active: true, divisions: { select: { division: { select: { id: true, code: true } } } } },
  });
  if (!user) throw new AppError("not_found");
  return user;
}

/** An ADMIN account may not lose its role or be deactivated while it is the only active one. */
export async function assertNotLastAdmin(userId: number): Promise<void> {
  const others = await db.staffUser.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("last_admin");
}
