"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { makeOpen311Key, revokeOpen311Key } from "@/lib/admin/api-keys";
import { failure, formValues, type FormState } from "../_lib/form-state";
import { adminActionSession } from "../_lib/guard";

const PAGE = "/[locale]/staff/admin/api-keys";

/** A new key comes back in the answer once (`secret`); only its hash is stored. */
export type KeyFormState = FormState & { secret?: string };

export async function makeKeyAction(_previous: KeyFormState, form: FormData): Promise<KeyFormState> {
  const values = formValues(form, ["name"]);
  const services = form.getAll("services").map(String);
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    const { key, info } = await makeOpen311Key(staff, { name: values.name, services });
    revalidatePath(PAGE, "page");
    return { status: "saved", subject: info.name, secret: key, at: Date.now() };
  } catch (error) {
    return failure(error, values);
  }
}

export async function revokeKeyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const subject = String(form.get("name") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await revokeOpen311Key(staff, subject);
  } catch (error) {
    return failure(error, undefined, subject);
  }
  revalidatePath(PAGE, "page");
  return { status: "saved", subject, at: Date.now() };
}
