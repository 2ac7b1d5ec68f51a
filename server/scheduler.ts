import { postgresConnectionUrl } from "@/lib/db/client";
import { holdLeaderLock, SCHEDULER_LOCK, soleProcess, type LeaderLock } from "@/lib/db/leader-lock";
import { deliverDueMail } from "@/lib/mail/deliver";
import { onMailQueued } from "@/lib/mail/kick";
import { mailSettings, MailSettingsError } from "@/lib/mail/settings";
import { deleteExpiredAttachments, removeOrphanFiles } from "@/lib/files/retention";
import { expireReports } from "@/lib/integrity/lifecycle";
import { purgeRecipientSessions } from "@/lib/integrity/recipient-session";
import { sendItaReminders } from "@/lib/ita/send-reminders";
import { recordOverdueNotices } from "@/lib/requests/overdue-notices";
import { pruneWindows } from "@/lib/security/rate-limit-windows";

const HOUR_MS = 60 * 60 * 1000;
const MAIL_INTERVAL_MS = 5_000;
/** How often a process that is not the leader tries to become it (and the leader checks it still is). */
const LEADER_RETRY_MS = 15_000;

export type Scheduler = { stop: () => void; /** The runs in progress, if any (for tests and shutdown). */ idle: () => Promise<void> };

type Job = { run: () => void; idle: () => Promise<void> };

/**
 * A job whose runs never overlap: asked again while running, it runs once more right after
 * (so a kick during a run is not lost). A failed run is logged by its message only.
 */
function job(name: string, work: () => Promise<unknown>): Job {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let again = false;
  const run = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    running = work()
      .then(() => undefined)
      .catch((error: unknown) => console.error(`${name} failed:`, error instanceof Error ? error.message : error))
      .finally(() => {
        busy = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return { run, idle: async () => { while (busy) await running; } };
}

/**
 * Jobs the server runs: the Licensing Act's overdue notices and deleting attachments past
 * their retention (lib/files/retention.ts) with files a failed filing left behind, at start
 * and every hour (each is idempotent, so a restart or a late run only catches up), and,
 * when email is on, the mail outbox every few seconds and at once when mail is queued.
 * The timers do not keep the process alive.
 *
 * On PostgreSQL several server processes may share the database, and the jobs run in one of
 * them only: the leader, holding lib/db/leader-lock.ts's lock. Every process keeps the same
 * timers and asks before each run; the others try for the lock every `leaderRetryMs` and
 * run everything at once when they get it (the leader died). A mail kick reaches every
 * process over NOTIFY, so the ones that are not the leader simply ignore it.
 */
export function startScheduler(
  options: { intervalMs?: number; mailIntervalMs?: number; leaderRetryMs?: number; now?: () => Date } = {},
): Scheduler {
  const now = () => options.now?.() ?? new Date();
  const notices = job("overdue notices", () => recordOverdueNotices(now()));
  // The integrity-assessment checklist's reminders to HEADs: hourly and idempotent, a
  // reminder is queued once per threshold (lib/ita/send-reminders.ts).
  const itaReminders = job("ITA reminders", () => sendItaReminders(now()));
  const retention = job("attachment retention", async () => {
    await deleteExpiredAttachments(now());
    await removeOrphanFiles(now());
    // Corruption reports past their expiry (closed + 90 days, or as extended): destroyed.
    await expireReports(now());
    // Recipients' web sessions gone idle: their sealed secret keys go with them.
    await purgeRecipientSessions(now());
    // Rate-limit windows that ended (PostgreSQL) even when no later request swept them.
    await pruneWindows(undefined, now().getTime());
  });
  const jobs = [notices, retention, itaReminders];
  const mail = mailEnabledAtStart() ? job("mail delivery", () => deliverDueMail({ now: now() })) : null;
  if (mail) jobs.push(mail);

  let leader: LeaderLock = soleProcess;
  const ifLeader = (each: Job) => () => {
    if (leader.isLeader()) each.run();
  };
  const runAll = () => jobs.forEach((each) => ifLeader(each)());

  const timers = [notices, retention, itaReminders].map((each) => setInterval(ifLeader(each), options.intervalMs ?? HOUR_MS));
  let stopKicks = () => {};
  if (mail) {
    timers.push(setInterval(ifLeader(mail), options.mailIntervalMs ?? MAIL_INTERVAL_MS));
    stopKicks = onMailQueued(ifLeader(mail));
  }
  for (const timer of timers) timer.unref();

  const postgresUrl = postgresConnectionUrl();
  if (postgresUrl) {
    // The first run waits for the lock: held, it starts them all (onLeader), as at a start on SQLite.
    leader = holdLeaderLock({ url: postgresUrl, lockId: SCHEDULER_LOCK, retryMs: options.leaderRetryMs ?? LEADER_RETRY_MS, onLeader: runAll });
  } else {
    runAll();
  }
  let released = Promise.resolve();
  return {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
      stopKicks();
      released = leader.close();
    },
    idle: async () => {
      await leader.settled();
      for (const each of jobs) await each.idle();
      await released;
    },
  };
}

/** Wrong mail settings are said once, at start; email is then off and filings go on. */
function mailEnabledAtStart(): boolean {
  try {
    return mailSettings().enabled;
  } catch (error) {
    if (!(error instanceof MailSettingsError)) throw error;
    console.error(`[ko] warning: email is off: ${error.message}`);
    return false;
  }
}
