"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/localized";
import { addEvidenceFile, addEvidenceLink } from "@/lib/ita/add-evidence";
import { setReminderAddress } from "@/lib/ita/contact";
import { removeEvidence } from "@/lib/ita/remove-evidence";
import { getStaffSession, type StaffSession } from "@/lib/staff/session";
import { errorCode, formYear } from "./_lib";

/**
 * The checklist's forms. Server actions are same-origin only (Next checks Origin against
 * Host: the CSRF guard); each asks for the session itself and lib/ita checks the item's
 * division from the database, never from the form.
 */
type Operation = (staff: StaffSession, form: FormData) => Promise<unknown>;

async function run(form: FormData, done: string, operation: Operation): Promise<never> {
  const locale = isLocale(form.get("locale")) ? (form.get("locale") as "th" | "en") : "th";
  const staff = await getStaffSession(await headers());
  if (!staff) return redirect({ href: "/staff/sign-in", locale });
  let outcome: Record<string, string>;
  try {
    await operation(staff, form);
    outcome = { done };
  } catch (error) {
    outcome = { error: errorCode(error) };
  }
  revalidatePath("/[locale]/staff/ita", "page");
  const key = String(form.get("key") ?? "");
  return redirect({ href: { pathname: "/staff/ita", query: { year: String(formYear(form)), ...outcome, ...(key ? { item: key } : {}) } }, locale });
}

export async function uploadEvidenceAction(form: FormData): Promise<void> {
  await run(form, "added", async (staff) => {
    const file = form.get("file");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const name = file instanceof File ? file.name : "";
    return addEvidenceFile(staff, { itemId: Number(form.get("itemId")), title: String(form.get("title") ?? ""), name, bytes });
  });
}

export async function addLinkAction(form: FormData): Promise<void> {
  await run(form, "added", (staff) => addEvidenceLink(staff, { itemId: Number(form.get("itemId")), title: String(form.get("title") ?? ""), url: String(form.get("url") ?? "") }));
}

export async function removeEvidenceAction(form: FormData): Promise<void> {
  await run(form, "removed", (staff) => removeEvidence(staff, { evidenceId: String(form.get("evidenceId") ?? "") }));
}

export async function setContactAction(form: FormData): Promise<void> {
  await run(form, "contact", (staff) => setReminderAddress(staff, String(form.get("email") ?? "")));
}
