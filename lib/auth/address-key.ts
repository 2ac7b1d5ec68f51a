import { createHmac } from "node:crypto";
import { appSecret } from "@/lib/security/app-secret";

/**
 * What the sign-in throttle stores instead of a client's address: a keyed hash, so the
 * table (and a copy of the database) lists no addresses of the people who signed in.
 */
export function addressKey(address: string): string {
  return createHmac("sha256", appSecret()).update(`staff-sign-in-address:${address}`).digest("base64url").slice(0, 24);
}
