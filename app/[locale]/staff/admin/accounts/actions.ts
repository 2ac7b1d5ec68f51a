"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { createStaffForAdmin, resetStaffPasswordForAdmin, setStaffActiveForAdmin, updateStaffForAdmin } from "@/lib/admin/staff-accounts";
import { failure, formValues, type FormState } from "../_lib/form-state";
import { adminActionSession } from "../_lib/guard";

const PAGE = "/[locale]/staff/admin/accounts";

/** A form answer that may carry a one-time password: shown once, in this answer only, never stored. */
export type AccountFormState = FormState & { oneTimePassword?: string; username?: string; twoFactorRemoved?: boolean };

const divisionCodes = (form: FormData) => form.getAll("divisionCodes").map(String);

export async function createStaffAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = formValues(form, ["username", "displayName", "role"]);
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    const created = await createStaffForAdmin(staff, { ...values, divisionCodes: divisionCodes(form) });
    revalidatePath(PAGE, "page");
    return { status: "saved", username: created.username, oneTimePassword: created.oneTimePassword, at: Date.now() };
  } catch (error) {
    return failure(error, { ...values, divisionCodes: divisionCodes(form).join(",") });
  }
}

/** The account id is a lookup key only: the account functions load the person and check the rules. */
export async function updateStaffAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = formValues(form, ["displayName", "role"]);
  const subject = String(form.get("staffUserId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await updateStaffForAdmin(staff, Number(subject), { ...values, divisionCodes: divisionCodes(form) });
  } catch (error) {
    return failure(error, { ...values, divisionCodes: divisionCodes(form).join(",") }, subject);
  }
  revalidatePath(PAGE, "page");
  return { status: "saved", subject, at: Date.now() };
}

export async function resetPasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const subject = String(form.get("staffUserId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    const reset = await resetStaffPasswordForAdmin(staff, Number(subject), { removeTwoFactor: form.get("removeTwoFactor") !== null });
    revalidatePath(PAGE, "page");
    return { status: "saved", subject, username: reset.username, oneTimePassword: reset.oneTimePassword, twoFactorRemoved: reset.twoFactorRemoved, at: Date.now() };
  } catch (error) {
    return failure(error, undefined, subject);
  }
}

export async function setActiveAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const subject = String(form.get("staffUserId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await setStaffActiveForAdmin(staff, Number(subject), form.get("active") === "true");
  } catch (error) {
    return failure(error, undefined, subject);
  }
  revalidatePath(PAGE, "page");
  return { status: "saved", subject, at: Date.now() };
}
