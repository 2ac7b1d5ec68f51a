/**
 * How personal details are shown where they must not be read in full: kiosk screens,
 * receipts, the public tracking page. No dependencies, so the kiosk page can use it in
 * the browser and the server the same rules.
 */

export type PersonName = { prefix: string; first: string; middle: string; last: string };

/** 1-1017-xxxxx-03-0: the layout printed on the card, with the middle five digits hidden. */
export function maskCitizenId(citizenId: string): string {
  if (!/^\d{13}$/.test(citizenId)) return "x-xxxx-xxxxx-xx-x";
  return `${citizenId[0]}-${citizenId.slice(1, 5)}-xxxxx-${citizenId.slice(10, 12)}-${citizenId[12]}`;
}

/** "นาย ส**** ใ***": enough for a resident to recognise their own slip, not to identify them. */
export function maskName(name: PersonName): string {
  const mask = (part: string) => {
    const chars = [...part.trim()];
    return chars.length === 0 ? "" : chars[0] + "*".repeat(Math.max(chars.length - 1, 2));
  };
  return [name.prefix.trim(), mask(name.first), mask(name.last)].filter(Boolean).join(" ");
}

/** The name as the resident reads it on screen: prefix, first, middle and last names. */
export function fullName(name: PersonName): string {
  return [name.prefix, name.first, name.middle, name.last]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}
