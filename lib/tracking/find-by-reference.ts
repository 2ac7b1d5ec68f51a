import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { readApplicant, storeApplicant, type ApplicantSnapshot } from "@/lib/requests/applicant";
import { spendLimit } from "@/lib/online/limits";

export type LookupResult = { found: true; token: string } | { found: false } | { found: false; retryAfterMinutes: number };

const REFERENCE = /^KO-?(\d{4})-?(\d{1,6})$/;

/** "ko 2570 42", "KO2570000042" and "KO-2570-000042" all name the same request. */
export function normaliseReference(typed: string): string | null {
  const match = REFERENCE.exec(typed.toUpperCase().replace(/\s+/g, "").slice(0, 20));
  return match ? `KO-${match[1]}-${match[2]!.padStart(6, "0")}` : null;
}

/**
 * Follow a request without its link: the reference and the last 4 digits of the citizen
 * ID. A wrong pair and a reference that does not exist get the same answer after the same
 * work (a record is decrypted either way), so the answer says nothing about which it was.
 * Counted per address and per reference before anything is looked up.
 */
export async function findByReference(typedReference: string, typedLast4: string, client: string): Promise<LookupResult> {
  const reference = normaliseReference(typedReference);
  const waitAddress = await spendLimit("lookupsPerAddress", client);
  if (waitAddress) return { found: false, retryAfterMinutes: waitAddress };
  if (reference) {
    const waitReference = await spendLimit("lookupsPerReference", reference);
    if (waitReference) return { found: false, retryAfterMinutes: waitReference };
  }
  const last4 = typedLast4.replace(/\D/g, "").slice(0, 4).padEnd(4, "x");
  const row = reference ? await db.request.findUnique({ where: { reference }, select: { applicant: true, trackingToken: true } }) : null;
  const applicant = row ? readApplicant(row.applicant, reference!) : readApplicant(decoy(), DECOY_REFERENCE);
  const actual = applicant.success ? applicant.data.citizenId.slice(-4) : "----";
  const matches = timingSafeEqual(Buffer.from(actual), Buffer.from(last4));
  return row && matches ? { found: true, token: row.trackingToken } : { found: false };
}

const DECOY_REFERENCE = "KO-0000-000000";
let decoyRecord: string | null = null;
// A sealed record of nobody, decrypted when the reference does not exist.
function decoy(): string {
  const nobody: ApplicantSnapshot = {
    citizenId: "0000000000000",
    nameTh: { prefix: "", first: "", middle: "", last: "" },
    nameEn: { prefix: "", first: "", middle: "", last: "" },
    birthDate: null,
    address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: "" },
    phone: "",
  };
  decoyRecord ??= storeApplicant(nobody, DECOY_REFERENCE);
  return decoyRecord;
}
