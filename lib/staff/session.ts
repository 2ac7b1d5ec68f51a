import type { StaffPrincipal } from "./policy";

/**
 * The signed-in member of staff, as every staff page, server action and API route sees it.
 * (Interface fixed here; the Better Auth implementation replaces the bodies.)
 */
export type StaffSession = StaffPrincipal & {
  username: string;
  displayName: string;
  divisionCodes: readonly string[];
  /** The counter the person chose when signing in, if any. */
  counterNumber: number | null;
};

/** The session behind these request headers, or null (not signed in, expired, locked, deactivated). */
export async function getStaffSession(_headers: Headers): Promise<StaffSession | null> {
  throw new Error("staff sessions are not configured yet");
}
