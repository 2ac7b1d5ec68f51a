"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/admin/authorize";
import { enrollKioskDevice, renameKioskDevice, revokeKioskDevice } from "@/lib/admin/kiosks";
import { failure, formValues, type FormState } from "../_lib/form-state";
import { adminActionSession } from "../_lib/guard";

const PAGE = "/[locale]/staff/admin/kiosks";

export async function enrollKioskAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["name", "publicKey"]);
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    const device = await enrollKioskDevice(staff, { name: values.name, publicKey: values.publicKey });
    revalidatePath(PAGE, "page");
    return { status: "saved", subject: device.name, at: Date.now() };
  } catch (error) {
    return failure(error, values);
  }
}

/** The kiosk id is a lookup key only: the operation loads the device and checks it exists. */
export async function renameKioskAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["name"]);
  const subject = String(form.get("kioskId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await renameKioskDevice(staff, { kioskId: Number(subject), name: values.name });
  } catch (error) {
    return failure(error, values, subject);
  }
  revalidatePath(PAGE, "page");
  return { status: "saved", subject, at: Date.now() };
}

export async function revokeKioskAction(_previous: FormState, form: FormData): Promise<FormState> {
  const subject = String(form.get("kioskId") ?? "");
  try {
    const staff = await adminActionSession();
    requireAdmin(staff);
    await revokeKioskDevice(staff, { kioskId: Number(subject) });
  } catch (error) {
    return failure(error, undefined, subject);
  }
  revalidatePath(PAGE, "page");
  return { status: "saved", subject, at: Date.now() };
}
