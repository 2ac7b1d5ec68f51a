import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getStaffSession, type StaffSession } from "@/lib/staff/session";
import { can } from "@/lib/staff/policy";
import { isLocale, type Locale } from "@/lib/i18n/localized";

/**
 * The administration pages' own check (the lib/admin operations check again: a page check
 * is never what protects the data). Not an admin, or not signed in: the page does not exist.
 */
export async function adminPageSession(_locale: Locale): Promise<StaffSession> {
  const staff = await getStaffSession(await headers());
  if (!staff || !can(staff, "admin")) notFound();
  return staff;
}

/**
 * For server actions: the session, or null; the lib/admin operation then refuses a
 * non-admin with AppError("forbidden").
 */
export async function adminActionSession(): Promise<StaffSession | null> {
  return getStaffSession(await headers());
}

export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : "th";
}
