import { createHmac } from "node:crypto";
import { appSecret } from "@/lib/security/app-secret";

/**
 * Better Auth's secret (it signs the session cookie and encrypts authenticator secrets),
 * derived from the server's one secret (APP_SECRET or data/app-secret.key) so there is
 * nothing else to set up or back up. A different label keeps it apart from the citizen-ID
 * hashes that use the same root.
 */
export function authSecret(): string {
  return createHmac("sha256", appSecret()).update("ko-one-stop/staff-auth/v1").digest("base64url");
}
