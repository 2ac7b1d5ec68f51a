import { createHmac } from "node:crypto";
import { appSecret } from "@/lib/security/app-secret";

/** A subkey of the app secret for one purpose only, so no hash here matches one elsewhere. */
export function integritySubkey(purpose: "receipt-pepper" | "proof-of-work" | "throttle"): Buffer {
  return createHmac("sha256", appSecret()).update(`integrity-${purpose}-v1`).digest();
}
