"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { addHoliday, removeHoliday } from "@/lib/admin/holidays";
import { failure, formValues, type FormState } from "../_lib/form-state";
import { adminActionSession } from "../_lib/guard";

export async function addHolidayAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["date", "nameTh", "nameEn"]);
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await addHoliday(staff, { date: values.date, nameTh: values.nameTh, nameEn: values.nameEn });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/[locale]/staff/admin/holidays", "page");
  return { status: "saved", subject: values.date, at: Date.now() };
}

export async function removeHolidayAction(_previous: FormState, form: FormData): Promise<FormState> {
  const date = String(form.get("date") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await removeHoliday(staff, { date });
  } catch (error) {
    return failure(error, undefined, date);
  }
  revalidatePath("/[locale]/staff/admin/holidays", "page");
  return { status: "saved", subject: date, at: Date.now() };
}
