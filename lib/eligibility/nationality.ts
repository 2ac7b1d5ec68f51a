/**
 * What the first digit of a 13-digit citizen ID says about nationality, by the civil
 * registration's person types (ประเภทบุคคล, Department of Provincial Administration, numbers
 * given since 1984):
 *   1  born Thai, birth registered on time          -> Thai
 *   2  born Thai, birth registered late             -> Thai
 *   3  in a house register at the start (1984): Thai nationals AND aliens holding an alien
 *      certificate                                   -> cannot tell
 *   4  moved in without a number at the start: Thai nationals AND aliens -> cannot tell
 *   5  Thai nationals added to a register later (missed by the census)    -> Thai
 *   6  entered illegally or staying temporarily     -> not Thai
 *   7  children of type 6 born in Thailand          -> not Thai
 *   8  aliens resident legally AND people naturalised Thai after 1984     -> cannot tell
 *   0  persons without registration status (non-Thai ID cards)           -> not Thai
 * "Cannot tell" is left to the officer, never refused: most residents born before 1984
 * carry a 3. A person of type 6, 7 or 0 who has since become Thai is told to ask at the
 * counter, where the officer files the request whatever the rules say.
 */
export type NationalityFromId = "thai" | "not_thai" | "unknown";

export function nationalityFromCitizenId(citizenId: string): NationalityFromId {
  if (!/^\d{13}$/.test(citizenId)) return "unknown";
  switch (citizenId[0]) {
    case "1":
    case "2":
    case "5":
      return "thai";
    case "6":
    case "7":
    case "0":
      return "not_thai";
    default:
      return "unknown";
  }
}
