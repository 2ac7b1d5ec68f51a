import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/staff/policy";
import type { StaffSession } from "@/lib/staff/session";

/**
 * Every administration operation starts here, whatever page or action called it: a
 * middleware or a page check is never taken as proof (the style guide's "server actions
 * that skip their own check" is exactly the bug this prevents).
 */
export function requireAdmin(staff: StaffSession | null | undefined): asserts staff is StaffSession {
  if (!staff || !can(staff, "admin")) throw new AppError("forbidden");
}
