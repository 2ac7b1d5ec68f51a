import { personKey } from "@/lib/security/person-key";
import type { StaffSession } from "@/lib/staff/session";
import { requireAdmin } from "./authorize";
import { normalizeCitizenId } from "./citizen-id";

/**
 * The audit filter for one citizen: the keyed hash of the ID the admin typed (what
 * requests and audit rows carry). The ID itself is dropped here: it is not stored, logged,
 * put in an address, or shown again.
 */
export function auditPersonFilter(
  staff: StaffSession,
  typedCitizenId: string,
): { ok: true; personKey: string } | { ok: false; code: "citizenIdFormat" | "citizenIdChecksum" } {
  requireAdmin(staff);
  const checked = normalizeCitizenId(typedCitizenId);
  return checked.ok ? { ok: true, personKey: personKey(checked.citizenId) } : checked;
}

/**
 * A same-site form post: its Origin names this host, or the public address behind a proxy
 * (browsers send Origin on every POST; a post without one is refused).
 */
export function isSameOriginPost(headers: Headers, publicUrl = process.env.PUBLIC_URL): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    const url = new URL(origin);
    if (publicUrl && new URL(publicUrl).origin === url.origin) return true;
    return url.host === headers.get("host");
  } catch {
    return false;
  }
}
