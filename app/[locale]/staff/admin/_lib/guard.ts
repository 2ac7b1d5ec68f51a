import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/localized";
import { can } from "@/lib/staff/policy";
import { getStaffSession, requireStaff, type StaffSession } from "@/lib/staff/session";

/**
 * The administration pages' own check (the lib/admin operations check again: a page check
 * is never what protects the data). Signed out, or a sign-in step pending: the sign-in
 * flow. Signed in but not an ADMIN: these pages do not exist for them (404).
 */
export async function adminPageSession(locale: Locale): Promise<StaffSession> {
  const staff = await requireStaff(locale);
  if (!can(staff, "admin")) notFound();
  return staff;
}

/**
 * For server actions: the ready session, or null. The lib/admin operation then refuses
 * anyone but an ADMIN with AppError("forbidden"), which the form words.
 */
export async function adminActionSession(): Promise<StaffSession | null> {
  return getStaffSession(await headers());
}

export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : "th";
}
