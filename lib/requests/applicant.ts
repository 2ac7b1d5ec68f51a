import { z } from "zod";
import { DataKeyError, isSealed, seal, unseal } from "@/lib/security/data-key";

/**
 * What a request keeps about the person who filed it: only what the services need (PDPA
 * s.22): no photo, no gender, no card issue/expiry dates, no laser ID.
 */
export const applicantSnapshot = z.object({
  // "" only for a request another system sent through Open311, which has no citizen ID.
  citizenId: z.string().regex(/^(\d{13})?$/),
  nameTh: z.object({ prefix: z.string(), first: z.string(), middle: z.string(), last: z.string() }),
  nameEn: z.object({ prefix: z.string(), first: z.string(), middle: z.string(), last: z.string() }),
  birthDate: z.string().nullable(),
  address: z.object({
    houseNo: z.string(),
    moo: z.string(),
    lane: z.string(),
    road: z.string(),
    subdistrict: z.string(),
    district: z.string(),
    province: z.string(),
    text: z.string(),
  }),
  phone: z.string(),
  // Given online only, for status mail (lib/mail); optional so records sealed before it still read.
  email: z.string().optional(),
});
export type ApplicantSnapshot = z.infer<typeof applicantSnapshot>;

/**
 * Every write and read of Request.applicant goes through these two, so the record is
 * encrypted at rest (lib/security/data-key.ts) and bound to its request: a sealed record
 * copied into another request's row is refused there.
 */
export function storeApplicant(applicant: ApplicantSnapshot, reference: string): string {
  const json = JSON.stringify(applicant);
  // Only `npm run bench` sets this, to measure what encryption costs in the same run.
  if (process.env.KO_BENCH_UNENCRYPTED_APPLICANT === "1") return json;
  return seal(json, applicantContext(reference));
}

export type ReadApplicant = { success: true; data: ApplicantSnapshot } | { success: false; reason: "unreadable" | "invalid" };

/** The stored record, decrypted and checked; plaintext rows from before encryption still read. */
export function readApplicant(stored: string, reference: string): ReadApplicant {
  let json = stored;
  if (isSealed(stored)) {
    try {
      json = unseal(stored, applicantContext(reference));
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      // The reference and the reason only: never the record.
      console.error(`[ko] applicant record of ${reference} refused: ${error.message}`);
      return { success: false, reason: "unreadable" };
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { success: false, reason: "invalid" };
  }
  const checked = applicantSnapshot.safeParse(parsed);
  return checked.success ? { success: true, data: checked.data } : { success: false, reason: "invalid" };
}

export function applicantContext(reference: string): string {
  return `Request.applicant:${reference}`;
}
