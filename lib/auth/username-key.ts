import { createHmac } from "node:crypto";
import { appSecret } from "@/lib/security/app-secret";

/**
 * What the sign-in limits store instead of a typed username: a keyed hash (a name typed at
 * sign-in may be a password typed into the wrong box, so it is never kept as text).
 */
export function usernameKey(typed: string): string {
  return createHmac("sha256", appSecret()).update(`staff-sign-in-name:${typed}`).digest("base64url").slice(0, 24);
}
