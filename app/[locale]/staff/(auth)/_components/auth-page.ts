import { getSessionState, pendingStepPath } from "@/lib/staff/session";
import type { SessionState } from "@/lib/auth/staff-session";
import type { Locale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";

/**
 * The sign-in screens' own routing: each allows only the states it serves and sends the
 * others where they belong (a ready session to the board, a pending step to that step).
 */
export async function sessionFor(locale: Locale, allowed: readonly SessionState["state"][]): Promise<SessionState> {
  const session = await getSessionState();
  if (allowed.includes(session.state)) return session;
  return redirect({ href: pendingStepPath(session.state) ?? "/staff", locale });
}
