import { daysBetween } from "./days";

/** Days before the deadline at which a HEAD hears of their division's missing items. */
export const REMINDER_THRESHOLDS = [30, 14, 7, 1] as const;

export type ReminderInput = {
  today: string; // YYYY-MM-DD, Asia/Bangkok
  deadline: string | null;
  /** Per division, the keys still missing. */
  missingByDivision: ReadonlyMap<number, readonly string[]>;
  /** The HEADs of each division (a HEAD of two divisions appears under both). */
  headsByDivision: ReadonlyMap<number, readonly number[]>;
  /** Reminders already queued, as reminderId() strings. */
  alreadySent: ReadonlySet<string>;
};

export type ReminderDecision = { divisionId: number; staffUserId: number; threshold: number; keys: readonly string[] };

export function reminderId(divisionId: number, staffUserId: number, threshold: number): string {
  return `${divisionId}:${staffUserId}:${threshold}`;
}

/**
 * Who gets a reminder today. The threshold is the smallest one not later than the days
 * left (8 days left: the 14-day reminder), so a server that was down on the 14th day still
 * sends it on the 13th; only the most pressing threshold is sent, never a burst of older
 * ones, and one already sent is never sent again. Nothing after the deadline or without one.
 */
export function decideReminders(input: ReminderInput): ReminderDecision[] {
  if (!input.deadline) return [];
  const left = daysBetween(input.today, input.deadline);
  if (left < 0) return [];
  const threshold = [...REMINDER_THRESHOLDS].sort((a, b) => a - b).find((t) => left <= t);
  if (threshold === undefined) return [];
  const decisions: ReminderDecision[] = [];
  for (const [divisionId, keys] of input.missingByDivision) {
    if (keys.length === 0) continue;
    for (const staffUserId of input.headsByDivision.get(divisionId) ?? []) {
      if (input.alreadySent.has(reminderId(divisionId, staffUserId, threshold))) continue;
      decisions.push({ divisionId, staffUserId, threshold, keys });
    }
  }
  return decisions;
}
