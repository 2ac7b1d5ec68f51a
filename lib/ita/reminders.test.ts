import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/dates";
import { decideReminders, reminderId, type ReminderDecision } from "./reminders";

const DEADLINE = "2027-03-31";
const missing = new Map([
  [2, ["budget-plan"]],
  [1, ["hr-policy", "hr-report"]],
  [3, []],
]);
const heads = new Map([
  [1, [11]],
  [2, [21, 22]],
  [3, [31]],
]);

/** A fake clock: runs the decision for every day from `from` to `to`, remembering what was sent. */
function runDays(from: string, to: string, deadline: string | null = DEADLINE): { day: string; sent: ReminderDecision[] }[] {
  const alreadySent = new Set<string>();
  const log: { day: string; sent: ReminderDecision[] }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    // Twice a day, as an hourly scheduler would: the second run must add nothing.
    for (let run = 0; run < 2; run++) {
      const sent = decideReminders({ today: day, deadline, missingByDivision: missing, headsByDivision: heads, alreadySent });
      for (const s of sent) alreadySent.add(reminderId(s.divisionId, s.staffUserId, s.threshold));
      if (sent.length) log.push({ day, sent });
    }
  }
  return log;
}

describe("decideReminders", () => {
  it("mails each HEAD with missing items once per threshold: 30, 14, 7 and 1 days before", () => {
    const log = runDays("2027-01-01", "2027-04-30");
    expect(log.map((l) => l.day)).toEqual(["2027-03-01", "2027-03-17", "2027-03-24", "2027-03-30"]);
    for (const entry of log) {
      expect(entry.sent.map((s) => [s.divisionId, s.staffUserId])).toEqual([
        [2, 21],
        [2, 22],
        [1, 11],
      ]);
    }
    expect(log.map((l) => l.sent[0]!.threshold)).toEqual([30, 14, 7, 1]);
    expect(log[0]!.sent[2]!.keys).toEqual(["hr-policy", "hr-report"]);
  });

  it("catches up a missed threshold once, and never sends the older ones in a burst", () => {
    // The server was off until 10 days before: the 14-day reminder goes then, the 30-day never.
    const log = runDays("2027-03-21", "2027-03-31");
    expect(log.map((l) => [l.day, l.sent[0]!.threshold])).toEqual([
      ["2027-03-21", 14],
      ["2027-03-24", 7],
      ["2027-03-30", 1],
    ]);
  });

  it("sends on the deadline day (1-day threshold) and nothing after it or without a deadline", () => {
    expect(decideReminders({ today: DEADLINE, deadline: DEADLINE, missingByDivision: missing, headsByDivision: heads, alreadySent: new Set() })[0]!.threshold).toBe(1);
    expect(decideReminders({ today: "2027-04-01", deadline: DEADLINE, missingByDivision: missing, headsByDivision: heads, alreadySent: new Set() })).toEqual([]);
    expect(runDays("2027-01-01", "2027-04-30", null)).toEqual([]);
  });
});
