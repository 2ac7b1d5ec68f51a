import type { IncomingHttpHeaders } from "node:http";
import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { isRole } from "@/lib/staff/roles";
import { getAuth } from "./auth";

/**
 * The signed-in member of staff, as every staff page, server action and API route sees it.
 * Role and divisions are read from the database on every call, so a change by an
 * administrator applies to open sessions at once.
 */
export type StaffSession = StaffPrincipal & {
  username: string;
  displayName: string;
  divisionCodes: readonly string[];
  /** The counter the person chose when signing in, if any. */
  counterNumber: number | null;
};

/**
 * Where a browser stands:
 * - `signed-out`: no cookie, an unknown, ended or expired session, or a deactivated account;
 * - `must-change-password`: signed in with a one-time password, nothing else until it is changed;
 * - `must-set-up-2fa`: an ADMIN without an authenticator app, nothing else until it is set up;
 * - `ready`: may use the staff pages (what each may do is lib/staff/policy.ts's `can`).
 *
 * A sign-in lockout does not end sessions already open: the lock stops password guessing,
 * and anyone who knows a username could otherwise sign its owner out for 15 minutes.
 */
export type SessionState =
  | { state: "signed-out" }
  | { state: "must-change-password" | "must-set-up-2fa" | "ready"; staff: StaffSession; twoFactorEnabled: boolean };

const SIGNED_OUT: SessionState = { state: "signed-out" };

export async function readSessionState(headers: Headers): Promise<SessionState> {
  if (!(headers.get("cookie") ?? "").includes("session_token")) return SIGNED_OUT;
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true, disableRefresh: true } });
  if (!found) return SIGNED_OUT;
  const user = await db.staffUser.findUnique({
    where: { id: Number(found.user.id) },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      mustChangePassword: true,
      twoFactorEnabled: true,
      divisions: { select: { division: { select: { id: true, code: true } } }, orderBy: { division: { sortOrder: "asc" } } },
    },
  });
  if (!user || !user.active || !isRole(user.role)) return SIGNED_OUT;
  const counter = (found.session as { counterNumber?: unknown }).counterNumber;
  const staff: StaffSession = {
    id: user.id,
    role: user.role,
    username: user.username,
    displayName: user.displayName,
    divisionIds: user.divisions.map((d) => d.division.id),
    divisionCodes: user.divisions.map((d) => d.division.code),
    counterNumber: typeof counter === "number" ? counter : null,
  };
  const { twoFactorEnabled } = user;
  if (user.mustChangePassword) return { state: "must-change-password", staff, twoFactorEnabled };
  if (user.role === "ADMIN" && !twoFactorEnabled) return { state: "must-set-up-2fa", staff, twoFactorEnabled };
  return { state: "ready", staff, twoFactorEnabled };
}

/** The ready session behind these request headers, or null (any other state). */
export async function readStaffSession(headers: Headers): Promise<StaffSession | null> {
  const result = await readSessionState(headers);
  return result.state === "ready" ? result.staff : null;
}

/** Node's request headers (server/fast-routes.ts, the event streams) as fetch Headers. */
export function toFetchHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return result;
}

/**
 * For code answered beside Next.js (server/fast-routes.ts): the ready staff session of a
 * plain Node request, or null. Same rules as the pages; only GET streams should rely on it
 * without an Origin check.
 */
export function staffSessionFromNodeRequest(request: { headers: IncomingHttpHeaders }): Promise<StaffSession | null> {
  return readStaffSession(toFetchHeaders(request.headers));
}
