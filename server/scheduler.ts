import { deleteExpiredAttachments, removeOrphanFiles } from "@/lib/files/retention";
import { recordOverdueNotices } from "@/lib/requests/overdue-notices";

const HOUR_MS = 60 * 60 * 1000;

export type Scheduler = { stop: () => void; /** The run in progress, if any (for tests and shutdown). */ idle: () => Promise<void> };

/**
 * Jobs the server runs in its own process, at start and every hour: the Licensing Act's
 * overdue notices, and deleting attachments past their retention (lib/files/retention.ts)
 * with files a failed filing left behind (each job is idempotent, so a restart or a late
 * run only catches up).
 * Runs never overlap; a failed run is logged by its message only and tried again next time.
 * The timer does not keep the process alive.
 */
export function startScheduler(options: { intervalMs?: number; now?: () => Date } = {}): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    const now = options.now?.() ?? new Date();
    running = recordOverdueNotices(now)
      .then(() => undefined)
      .catch((error: unknown) => console.error("overdue notices failed:", error instanceof Error ? error.message : error))
      .then(() => deleteExpiredAttachments(now))
      .then(() => removeOrphanFiles(now))
      .then(() => undefined)
      .catch((error: unknown) => console.error("attachment retention failed:", error instanceof Error ? error.message : error))
      .finally(() => {
        busy = false;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? HOUR_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), idle: () => running };
}
