"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { updateDivision } from "@/lib/admin/update-division";
import { failure, formValues, type FormState } from "../_lib/form-state";
import { adminActionSession } from "../_lib/guard";

const FIELDS = ["nameTh", "nameEn", "summaryTh", "summaryEn", "queuePrefix", "sortOrder"] as const;

/** Save one division's texts, queue letter and order. The id is only a lookup key: updateDivision loads the row. */
export async function saveDivision(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, FIELDS);
  const subject = String(form.get("divisionId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await updateDivision(staff, Number(subject), { ...values, queuePrefix: values.queuePrefix.toUpperCase() });
  } catch (error) {
    return failure(error, values, subject);
  }
  revalidatePath("/[locale]/staff/admin/divisions", "page");
  return { status: "saved", subject, at: Date.now() };
}
