import { bangkokDate, isWeekend } from "@/lib/calendar/dates";

/**
 * Which words a receipt puts beside its expected date. Counting starts the working day after
 * receipt, and a filing on a day the office is closed is received on the next working day
 * (lib/calendar/working-days.ts addWorkingDays): a same-day service filed on a Sunday is done
 * on Monday (or later after a holiday), not "on the day you apply", so the receipt says the
 * clock starts on the next working day.
 *
 * Pure, and safe in the browser (the kiosk): it knows weekends, and for a same-day service
 * it sees a holiday from the due date falling after the filing day; a holiday under a
 * longer service changes no words ("within N working days" stays true).
 */
export type DueWording =
  | { key: "dueSameDay"; values: { date: string } }
  | { key: "dueNextWorkingDay"; values: { date: string } }
  | { key: "dueDays"; values: { date: string; days: number } }
  | { key: "dueDaysFromNextWorkingDay"; values: { date: string; days: number } };

export function dueWording(receipt: { dueDate: string; workingDays: number; filedAt: string | Date }, formattedDate: string): DueWording {
  const filedOn = bangkokDate(new Date(receipt.filedAt));
  const closedDay = isWeekend(filedOn) || (receipt.workingDays === 0 && receipt.dueDate > filedOn);
  const date = formattedDate;
  if (receipt.workingDays === 0) return closedDay ? { key: "dueNextWorkingDay", values: { date } } : { key: "dueSameDay", values: { date } };
  const days = receipt.workingDays;
  return closedDay ? { key: "dueDaysFromNextWorkingDay", values: { date, days } } : { key: "dueDays", values: { date, days } };
}
