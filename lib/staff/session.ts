import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { readSessionState, readStaffSession, type SessionState, type StaffSession } from "@/lib/auth/staff-session";
import { AppError } from "@/lib/errors/app-error";
import { isLocale, type Locale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";
import { can, type Permission } from "./policy";

/**
 * Staff sessions for pages and server actions (Better Auth underneath, lib/auth/). The
 * person, role and divisions are read from the database on every call.
 *
 * For code outside Next.js (server/fast-routes.ts, event streams) use
 * `staffSessionFromNodeRequest(req)` from "@/lib/auth/staff-session": this module imports
 * Next's request helpers.
 */
export type { SessionState, StaffSession };
export { staffSessionFromNodeRequest } from "@/lib/auth/staff-session";

/** The ready session behind these request headers, or null (signed out, expired, deactivated, or a step still pending). */
export async function getStaffSession(requestHeaders: Headers): Promise<StaffSession | null> {
  return readStaffSession(requestHeaders);
}

// Read once per server render: the frame and the page both ask (outside a render, no memo).
const currentSessionState = cache(async (): Promise<SessionState> => readSessionState(await headers()));

/** Where these headers' browser stands (this request's when left out): signed-out | must-change-password | must-set-up-2fa | ready. */
export async function getSessionState(requestHeaders?: Headers): Promise<SessionState> {
  return requestHeaders ? readSessionState(requestHeaders) : currentSessionState();
}

/** The page that finishes what a session still needs, or null when it is ready. */
export function pendingStepPath(state: SessionState["state"]): "/staff/sign-in" | "/staff/password" | "/staff/two-factor" | null {
  if (state === "signed-out") return "/staff/sign-in";
  if (state === "must-change-password") return "/staff/password";
  if (state === "must-set-up-2fa") return "/staff/two-factor";
  return null;
}

async function currentLocale(locale?: string): Promise<Locale> {
  if (isLocale(locale)) return locale;
  const fromRequest = await getLocale();
  return isLocale(fromRequest) ? fromRequest : "th";
}

/**
 * For server components and server actions: the ready session, or a redirect (it never
 * returns otherwise) to the sign-in page, the password change or the authenticator set-up.
 */
export async function requireStaff(locale?: string): Promise<StaffSession> {
  const result = await currentSessionState();
  const pending = pendingStepPath(result.state);
  if (pending || result.state === "signed-out") return redirect({ href: pending ?? "/staff/sign-in", locale: await currentLocale(locale) });
  return result.staff;
}

/**
 * `requireStaff()`, then `can(staff, permission, divisionId)`: throws AppError("forbidden")
 * when refused (server actions word it; a page that should answer 404 instead calls
 * `requireStaff()` and `can()` itself, then `notFound()`). Pass the division of the record
 * itself, read from the database, never one sent by the browser.
 */
export async function requirePermission(permission: Permission, divisionId?: number): Promise<StaffSession> {
  const staff = await requireStaff();
  if (!can(staff, permission, divisionId)) throw new AppError("forbidden", { permission });
  return staff;
}
