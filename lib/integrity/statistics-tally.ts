import { bangkokDate } from "@/lib/calendar/dates";
import { nextWorkingDayFrom, workingDaysBetween, type HolidaySet } from "@/lib/calendar/working-days";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * A report as the public statistics count it (lib/transparency/integrity-figures.ts): the
 * month it came in, its state and outcome, and the working days to a recipient's first
 * response. Nothing else of a report is ever counted.
 */
export type CountedReport = { month: string; status: string; outcome: string | null; firstResponseDays: number | null };

/** A recipient's first answer: a question to the reporter or a move of the report's state. */
export const RESPONSE_ACTIONS = ["recipient_asked", "state_changed"];

export function countedReport(report: { createdAt: Date; status: string; outcome: string | null; firstResponseAt: Date | null }, holidays: HolidaySet): CountedReport {
  const received = bangkokDate(report.createdAt);
  return {
    month: received.slice(0, 7),
    status: report.status,
    outcome: report.outcome,
    firstResponseDays: report.firstResponseAt ? workingDaysBetween(nextWorkingDayFrom(received, holidays), bangkokDate(report.firstResponseAt), holidays) : null,
  };
}

/**
 * Before expired reports are destroyed, add them to the tally the statistics read beside
 * the live reports, inside the destroying transaction: a count per month, outcome and
 * days, so the year's published figures stay as they were.
 */
export async function tallyExpired(tx: Prisma.TransactionClient, reports: readonly CountedReport[]): Promise<void> {
  for (const r of reports) {
    const key = { month: r.month, outcome: r.outcome ?? "", firstResponseDays: r.firstResponseDays ?? -1 };
    await tx.integrityStatisticsTally.upsert({ where: { month_outcome_firstResponseDays: key }, create: { ...key, count: 1 }, update: { count: { increment: 1 } } });
  }
}

/** The tallied reports of these months, as counted reports (all closed: only closed reports expire). */
export async function talliedReports(db: Prisma.TransactionClient, months: readonly string[]): Promise<CountedReport[]> {
  const rows = await db.integrityStatisticsTally.findMany({ where: { month: { in: [...months] } } });
  return rows.flatMap((row) =>
    Array.from({ length: row.count }, () => ({ month: row.month, status: "closed", outcome: row.outcome || null, firstResponseDays: row.firstResponseDays < 0 ? null : row.firstResponseDays })),
  );
}
