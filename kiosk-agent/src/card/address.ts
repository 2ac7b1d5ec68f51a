import type { Address } from "./types.js";

/**
 * The 160-byte address is 8 `#`-separated parts: house number, moo, trok/soi, road,
 * (unlabelled), tambon/khwaeng, amphoe/khet, province. Values carry Thai prefix words which
 * are removed as whole words (never by a character count, Thai words vary in length).
 * `lane` keeps its ตรอก/ซอย word because residents write it that way.
 */

// Longer words first so "กิ่งอำเภอ" wins over "อำเภอ" and "หมู่ที่" over "หมู่".
const PREFIXES = {
  moo: ["หมู่ที่", "หมู่", "ม."],
  road: ["ถนน", "ถ."],
  subdistrict: ["ตำบล", "แขวง", "ต."],
  district: ["กิ่งอำเภอ", "อำเภอ", "เขต", "อ."],
  province: ["จังหวัด", "จ."],
} as const;

const LANE_WORDS = ["ตรอก", "ซอย", "ซ."];

type Labelled = keyof typeof PREFIXES;

function clean(part: string): string {
  return part.replace(/\s+/gu, " ").trim();
}

function stripPrefix(value: string, words: readonly string[]): string {
  for (const word of words) {
    if (value.startsWith(word)) return value.slice(word.length).trim();
  }
  return value;
}

function labelOf(value: string): Labelled | "lane" | undefined {
  for (const [field, words] of Object.entries(PREFIXES) as [Labelled, readonly string[]][]) {
    // "ม." alone is too short to trust when the text is, say, a road name starting with it.
    if (words.some((word) => value.startsWith(word) && value.length > word.length)) return field;
  }
  if (LANE_WORDS.some((word) => value.startsWith(word))) return "lane";
  return undefined;
}

function empty(text: string): Address {
  return { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text };
}

export function parseAddress(raw: string): Address {
  const parts = raw.split("#").map(clean);
  const text = parts.filter((part) => part !== "").join(" ");
  const address = empty(text);

  if (parts.length === 8) {
    // The standard layout: position decides the field, prefix words are only stripped.
    address.houseNo = parts[0] ?? "";
    address.moo = stripPrefix(parts[1] ?? "", PREFIXES.moo);
    address.lane = parts[2] ?? "";
    address.road = stripPrefix(parts[3] ?? "", PREFIXES.road);
    address.subdistrict = stripPrefix(parts[5] ?? "", PREFIXES.subdistrict);
    address.district = stripPrefix(parts[6] ?? "", PREFIXES.district);
    address.province = stripPrefix(parts[7] ?? "", PREFIXES.province);
    return address;
  }

  // Any other shape: trust the prefix words; the first unlabelled part is the house number
  // and an unlabelled part after the district is the province (Bangkok has no จังหวัด).
  let seenDistrict = false;
  parts.forEach((part, index) => {
    if (part === "") return;
    const label = labelOf(part);
    if (label === "lane") address.lane = address.lane === "" ? part : `${address.lane} ${part}`;
    else if (label !== undefined) {
      address[label] = stripPrefix(part, PREFIXES[label]);
      if (label === "district") seenDistrict = true;
    } else if (index === 0) address.houseNo = part;
    else if (seenDistrict && address.province === "") address.province = part;
  });
  return address;
}
