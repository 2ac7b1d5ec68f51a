import { isValidCitizenId } from "kiosk-agent/card";

/**
 * A 13-digit Thai citizen ID as an admin types it (dashes and spaces allowed), checked
 * with the ID's own check digit so a typo finds nothing rather than someone else.
 * Returns the digits, or an error code; the ID itself is never stored or logged.
 */
export function normalizeCitizenId(typed: string): { ok: true; citizenId: string } | { ok: false; code: "citizenIdFormat" | "citizenIdChecksum" } {
  const digits = typed.replace(/[\s-]/g, "");
  if (!/^\d{13}$/.test(digits)) return { ok: false, code: "citizenIdFormat" };
  if (!isValidCitizenId(digits)) return { ok: false, code: "citizenIdChecksum" };
  return { ok: true, citizenId: digits };
}
