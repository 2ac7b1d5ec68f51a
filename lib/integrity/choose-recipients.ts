/** A recipient as the choice needs it. */
export type Candidate = { id: number; divisionId: number | null };

/**
 * Who a report is sealed to: the recipients the reporter chose (all when none chosen),
 * less those they excluded, less everyone in the accused division, whatever was chosen.
 * Pure, so the rule is tested on its own (choose-recipients.test.ts).
 */
export function chooseRecipients(all: readonly Candidate[], options: { chosen?: readonly number[]; excluded?: readonly number[]; accusedDivisionId?: number | null }): number[] {
  const chosen = options.chosen?.length ? new Set(options.chosen) : null;
  const excluded = new Set(options.excluded ?? []);
  return all
    .filter((r) => (chosen ? chosen.has(r.id) : true))
    .filter((r) => !excluded.has(r.id))
    .filter((r) => options.accusedDivisionId == null || r.divisionId !== options.accusedDivisionId)
    .map((r) => r.id);
}
