import { AppError } from "@/lib/errors/app-error";
import {
  createStaffAccount,
  listStaffAccounts,
  resetStaffPassword,
  setStaffActive,
  updateStaffAccount,
  type NewStaffAccount,
  type StaffAccountRow,
} from "@/lib/staff/accounts";
import type { StaffSession } from "@/lib/staff/session";
import { requireAdmin } from "./authorize";
import type { FieldErrors } from "./field-errors";

/**
 * Staff accounts from the administration pages: lib/staff/accounts does the work (and
 * audits it, and checks ADMIN too); this checks ADMIN first, never acts as the shell, and
 * turns input problems into field errors the forms show beside their inputs.
 */
export async function listStaffForAdmin(staff: StaffSession): Promise<StaffAccountRow[]> {
  requireAdmin(staff);
  return listStaffAccounts();
}

export async function createStaffForAdmin(
  staff: StaffSession,
  input: { username: string; displayName: string; role: string; divisionCodes: string[] },
): Promise<NewStaffAccount> {
  requireAdmin(staff);
  return withFieldErrors(() =>
    createStaffAccount({ username: input.username, displayName: input.displayName.trim() || undefined, role: input.role, divisionCodes: input.divisionCodes }, staff),
  );
}

export async function updateStaffForAdmin(
  staff: StaffSession,
  staffUserId: number,
  changes: { displayName: string; role: string; divisionCodes: string[] },
): Promise<void> {
  requireAdmin(staff);
  await withFieldErrors(() => updateStaffAccount({ id: staffUserId }, changes, staff));
}

/** A new one-time password (shown once); `removeTwoFactor` for a lost phone. */
export async function resetStaffPasswordForAdmin(
  staff: StaffSession,
  staffUserId: number,
  options: { removeTwoFactor: boolean },
): Promise<{ username: string; oneTimePassword: string; twoFactorRemoved: boolean }> {
  requireAdmin(staff);
  return resetStaffPassword({ id: staffUserId }, staff, options);
}

export async function setStaffActiveForAdmin(staff: StaffSession, staffUserId: number, active: boolean): Promise<void> {
  requireAdmin(staff);
  await setStaffActive({ id: staffUserId }, active, staff);
}

const FIELD_ERRORS: Record<string, FieldErrors> = {
  invalid_username: { username: { code: "usernameFormat" } },
  username_taken: { username: { code: "usernameTaken" } },
  invalid_role: { role: { code: "invalidChoice" } },
  invalid_display_name: { displayName: { code: "tooLong", params: { max: 80 } } },
  unknown_division: { divisionCodes: { code: "invalidChoice" } },
};

async function withFieldErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const fieldErrors = error instanceof AppError ? FIELD_ERRORS[error.code] : undefined;
    throw fieldErrors ? new AppError("invalid", { fieldErrors }) : error;
  }
}
