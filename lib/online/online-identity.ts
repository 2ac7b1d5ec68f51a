import { z } from "zod";
import { normalisePhone } from "@/lib/services/answers";
import type { ApplicantSnapshot } from "@/lib/requests/applicant";
import { typedIdentity } from "@/lib/requests/typed-identity";

/**
 * Who a resident filing from home says they are. Nothing vouches for it, so the request is
 * marked "typed online, not verified" until the card is read at the counter
 * (lib/online/verify-at-counter.ts). Errors are codes the form words in Thai or English.
 */
export const onlineIdentity = typedIdentity
  .extend({
    prefixTh: z.string().trim().min(1, "required").max(30),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate").refine(isPastDate, "invalidDate"),
    phone: z.string().max(30).transform((value, ctx) => normalisePhone(value) ?? (ctx.addIssue({ code: "custom", message: value.trim() ? "invalidPhone" : "required" }), z.NEVER)),
    email: z.union([z.literal(""), z.string().trim().max(254).pipe(z.email("invalidEmail"))]).default(""),
  })
  .strict();
export type OnlineIdentity = z.infer<typeof onlineIdentity>;

export function applicantFromOnline(identity: OnlineIdentity): ApplicantSnapshot {
  return {
    citizenId: identity.citizenId,
    nameTh: { prefix: identity.prefixTh, first: identity.firstTh, middle: "", last: identity.lastTh },
    nameEn: { prefix: "", first: "", middle: "", last: "" },
    birthDate: identity.birthDate,
    address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: identity.address },
    phone: identity.phone,
    ...(identity.email ? { email: identity.email.toLowerCase() } : {}),
  };
}

function isPastDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getTime() < Date.now() && date.getUTCFullYear() > 1880;
}
