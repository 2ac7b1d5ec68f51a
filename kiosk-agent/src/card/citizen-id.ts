/**
 * Thai citizen ID checksum: for digits d0..d12, s = sum(d[i] * (13 - i)) for i = 0..11,
 * check = (11 - s mod 11) mod 10, valid when check == d12.
 */
export function citizenIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError("expected 12 digits");
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function isValidCitizenId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  return citizenIdCheckDigit(id.slice(0, 12)) === Number(id[12]);
}
