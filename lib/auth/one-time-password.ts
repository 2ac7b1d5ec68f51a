import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A one-time password for a new or reset account: 4 groups of 4 (about 79 bits), printed
 * once and never stored except as its hash. The person must replace it at first sign-in.
 */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = "";
    for (let i = 0; i < 4; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
