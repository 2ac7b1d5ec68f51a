import { publishAccessChange } from "@/lib/events/bus";
import { getAuth } from "./auth";
import { auditAuth } from "./audit";
import { setCookiesOf } from "./sign-in";
import { readSessionState } from "./staff-session";

/** End this browser's session (the row is deleted, the cookie cleared). */
export async function signOut(headers: Headers): Promise<{ setCookies: string[] }> {
  const current = await readSessionState(headers);
  const { headers: responseHeaders } = await getAuth().api.signOut({ headers, returnHeaders: true });
  if (current.state !== "signed-out") {
    publishAccessChange(current.staff.id);
    await auditAuth("staff.signed_out", current.staff);
  }
  return { setCookies: setCookiesOf(responseHeaders) };
}
