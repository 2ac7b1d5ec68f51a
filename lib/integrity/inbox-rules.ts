import type { ChannelLimits } from "./config";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Expiry is shown as "coming" this many days ahead, so an extension can still be asked for. */
export const EXPIRY_WARNING_DAYS = 14;

/** An access-log row as the inbox needs it (content-free, like the log itself). */
export type LogEvent = { reportId: string | null; actor: string; recipientId: number | null; action: string; at: Date };

const REPORTER_ACTIVITY = new Set(["submitted", "reporter_replied", "reporter_added_files"]);

/**
 * The reports with something from the reporter this recipient has not opened since: the
 * submission itself, an answer or a file added after their last "recipient_opened".
 */
export function unreadReportIds(events: readonly LogEvent[], recipientId: number): Set<string> {
  const lastReporter = new Map<string, number>();
  const lastOpened = new Map<string, number>();
  for (const e of events) {
    if (!e.reportId) continue;
    const at = e.at.getTime();
    if (e.actor === "reporter" && REPORTER_ACTIVITY.has(e.action)) lastReporter.set(e.reportId, Math.max(at, lastReporter.get(e.reportId) ?? 0));
    if (e.actor === "recipient" && e.recipientId === recipientId && e.action === "recipient_opened") lastOpened.set(e.reportId, Math.max(at, lastOpened.get(e.reportId) ?? 0));
  }
  return new Set([...lastReporter].filter(([id, at]) => at > (lastOpened.get(id) ?? -Infinity)).map(([id]) => id));
}

export type Deadlines = {
  /** A first answer is due (while the report is still "new"). */
  responseDue: Date | null;
  /** The fact-finding should be done (until the report is closed). */
  concludeDue: Date | null;
  overdue: boolean;
  /** A closed report is destroyed then. */
  expiresAt: Date | null;
  expiringSoon: boolean;
};

/** The clock of one report: pure, from its state, its dates and the channel's limits. */
export function deadlinesOf(report: { status: string; createdAt: Date; expiresAt: Date | null }, limits: ChannelLimits, now: Date): Deadlines {
  const from = report.createdAt.getTime();
  const responseDue = report.status === "new" ? new Date(from + limits.responseDays * DAY_MS) : null;
  const concludeDue = report.status === "closed" ? null : new Date(from + limits.concludeDays * DAY_MS);
  const overdue = [responseDue, concludeDue].some((d) => d !== null && d < now);
  const expiringSoon = report.expiresAt !== null && report.expiresAt.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * DAY_MS;
  return { responseDue, concludeDue, overdue, expiresAt: report.expiresAt, expiringSoon };
}
