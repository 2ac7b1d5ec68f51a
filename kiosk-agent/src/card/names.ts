import type { PersonName } from "./types.js";

/**
 * A name field is `prefix#first#middle#last`. Split on `#` first, then trim each part:
 * trimming first would glue a trailing-space part onto its neighbour.
 */
export function parseName(text: string): PersonName {
  const parts = text.split("#").map((part) => part.replace(/\s+/gu, " ").trim());
  if (parts.length === 3) {
    // Seen on some older cards: no middle slot at all.
    return { prefix: parts[0] ?? "", first: parts[1] ?? "", middle: "", last: parts[2] ?? "" };
  }
  return {
    prefix: parts[0] ?? "",
    first: parts[1] ?? "",
    middle: parts[2] ?? "",
    // More than four parts is malformed; keep every word rather than drop any.
    last: parts.slice(3).filter((part) => part !== "").join(" "),
  };
}

export function parseGender(code: string): "male" | "female" | "unknown" {
  const value = code.trim();
  if (value === "1") return "male";
  if (value === "2") return "female";
  return "unknown";
}
