import { z } from "zod";

/**
 * What a request keeps about the person who filed it: only what the services need (PDPA
 * s.22): no photo, no gender, no card issue/expiry dates, no laser ID.
 */
export const applicantSnapshot = z.object({
  citizenId: z.string().regex(/^\d{13}$/),
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
});
export type ApplicantSnapshot = z.infer<typeof applicantSnapshot>;
