import { createHmac } from "node:crypto";
import { appSecret } from "./app-secret";

/**
 * A keyed hash of a citizen ID. Requests and audit entries carry it so staff can find one
 * person's requests and audit who viewed them, without the ID itself spreading into every
 * table and log. Without the server's secret it cannot be reversed by trying all IDs.
 */
export function personKey(citizenId: string): string {
  return createHmac("sha256", appSecret()).update(`citizen-id:${citizenId}`).digest("base64url");
}
