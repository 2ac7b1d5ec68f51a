/** Request references read well aloud at the counter: KO-2570-000042 (fiscal year, sequence). */
export function formatReference(fiscalYearBE: number, sequence: number): string {
  return `KO-${fiscalYearBE}-${String(sequence).padStart(6, "0")}`;
}

/** Queue tickets restart every day per division: C-014 is the Engineering Division's 14th. */
export function formatQueueTicket(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, "0")}`;
}
