import { isValidCitizenId } from "kiosk-agent/card";
import { z } from "zod";
import type { ApplicantSnapshot } from "./applicant";

/**
 * Identity details typed by an officer when a resident's card cannot be read (a damaged
 * chip, no card with them). The request records that they were typed, not verified.
 * Errors are codes the counter screen words in Thai or English.
 */
export const typedIdentity = z.object({
  citizenId: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{13}$/, "citizenIdFormat").refine(isValidCitizenId, "citizenIdChecksum")),
  prefixTh: z.string().trim().max(30),
  firstTh: z.string().trim().min(1, "required").max(80),
  lastTh: z.string().trim().min(1, "required").max(80),
  birthDate: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")]),
  address: z.string().trim().min(5, "required").max(200),
});
export type TypedIdentity = z.infer<typeof typedIdentity>;

export function applicantFromTyped(identity: TypedIdentity, phone: string): ApplicantSnapshot {
  return {
    citizenId: identity.citizenId,
    nameTh: { prefix: identity.prefixTh, first: identity.firstTh, middle: "", last: identity.lastTh },
    nameEn: { prefix: "", first: "", middle: "", last: "" },
    birthDate: identity.birthDate || null,
    address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: identity.address },
    phone,
  };
}
