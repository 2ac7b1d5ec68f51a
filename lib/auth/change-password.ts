import { publishAccessChange } from "@/lib/events/bus";
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { getAuth } from "./auth";
import { auditAuth } from "./audit";
import { sessionTokenHash } from "./hashed-session-adapter";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import { setCookiesOf } from "./sign-in";
import { readSessionState } from "./staff-session";

export type ChangePasswordResult =
  | { status: "changed"; setCookies: string[] }
  | { status: "invalid"; problem: PasswordProblem }
  | { status: "wrong-current" }
  | { status: "signed-out" };

/**
 * A new password for the signed-in person (first sign-in with a one-time password, or any
 * time). Every other session of theirs ends; this browser gets a new session on the same
 * counter. Audited without the password.
 */
export async function changePassword(
  input: { currentPassword: string; newPassword: string; confirmation: string },
  headers: Headers,
): Promise<ChangePasswordResult> {
  const current = await readSessionState(headers);
  if (current.state === "signed-out") return { status: "signed-out" };
  const { staff } = current;
  const problem = passwordProblem({ ...input, username: staff.username });
  if (problem) return { status: "invalid", problem };
  try {
    const { headers: responseHeaders, response } = await getAuth().api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers,
      returnHeaders: true,
    });
    await db.$transaction([
      db.staffUser.update({ where: { id: staff.id }, data: { mustChangePassword: false } }),
      ...(response.token && staff.counterNumber !== null
        ? [db.staffSession.update({ where: { token: sessionTokenHash(response.token) }, data: { counterNumber: staff.counterNumber } })]
        : []),
    ]);
    publishAccessChange(staff.id); // the other sessions were revoked
    await auditAuth("staff.password_changed", staff, { by: "self", wasOneTime: current.state === "must-change-password" });
    return { status: "changed", setCookies: setCookiesOf(responseHeaders) };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD") return { status: "wrong-current" };
    if (isAPIError(error) && error.statusCode === 401) return { status: "signed-out" };
    throw error;
  }
}
