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

type Name = ApplicantSnapshot["nameTh"];

/** "นาย ส**** ใ***": enough for a resident to recognise their own slip, not to identify them. */
export function maskName(name: Name): string {
  const mask = (part: string) => {
    const chars = [...part.trim()];
    return chars.length === 0 ? "" : chars[0] + "*".repeat(Math.max(chars.length - 1, 2));
  };
  return [name.prefix.trim(), mask(name.first), mask(name.last)].filter(Boolean).join(" ");
}

/** 1-1017-xxxxx-03-0: the layout printed on the card, with the middle five digits hidden. */
export function maskCitizenId(citizenId: string): string {
  if (!/^\d{13}$/.test(citizenId)) return "x-xxxx-xxxxx-xx-x";
  return `${citizenId[0]}-${citizenId.slice(1, 5)}-xxxxx-${citizenId.slice(10, 12)}-${citizenId[12]}`;
}
