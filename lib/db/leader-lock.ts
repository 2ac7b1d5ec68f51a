import { cancellableWait, messageOf, openDedicatedConnection, type DedicatedConnection } from "./dedicated-connection";

/**
 * Which of several server processes on one PostgreSQL database runs the scheduled jobs: the
 * one holding a session-level advisory lock on a dedicated connection. PostgreSQL releases
 * the lock when that session ends, so when the leader dies (or its connection does) another
 * process takes it at its next try, within `retryMs`.
 *
 * The lock uses the two-key form, (KO_LOCKS, lock id): a keyspace PostgreSQL keeps apart from
 * the one-bigint form, so it can never meet the hashed keys of lib/db/transaction-lock.ts.
 *
 * Never twice at once, with one small allowance: a leader whose session the server has
 * already ended learns it at its next query (the heartbeat, every `retryMs`), so a run it
 * started just before may overlap the new leader's first. The jobs allow that: each is
 * idempotent and mail is claimed message by message (lib/mail/deliver.ts).
 */
export type LeaderLock = {
  isLeader: () => boolean;
  /** Settles once the first attempt to take the lock has finished, either way. */
  settled: () => Promise<void>;
  /** Gives the lock up (ends the session) and stops trying. */
  close: () => Promise<void>;
};

const KO_LOCKS = 0x6b6f; // "ko"
/** The lock ids of this installation (the second key). */
export const SCHEDULER_LOCK = 1;

/** SQLite: one process, always the leader. */
export const soleProcess: LeaderLock = { isLeader: () => true, settled: () => Promise.resolve(), close: () => Promise.resolve() };

export function holdLeaderLock(options: { url: string; lockId: number; retryMs: number; onLeader?: () => void }): LeaderLock {
  const { url, lockId, retryMs, onLeader } = options;
  let closed = false;
  let leader = false;
  let session: DedicatedConnection | null = null;
  const pause = cancellableWait();
  let markSettled!: () => void;
  const settled = new Promise<void>((resolve) => (markSettled = resolve));

  const drop = (reason: string) => {
    if (leader && !closed) console.error(`[ko] scheduler lock lost (${reason}); another process may take over`);
    leader = false;
    const stale = session;
    session = null;
    void stale?.client.end().catch(() => {});
  };

  const attempt = async () => {
    if (!session) {
      const opened = await openDedicatedConnection(url, "scheduler lock");
      if (closed) {
        void opened.client.end().catch(() => {});
        return;
      }
      session = opened;
      void opened.lost.then((error) => {
        if (session === opened) drop(messageOf(error));
      });
    }
    if (leader) {
      // A heartbeat: a session the server ended is noticed here, not at the next job.
      await session.client.query("SELECT 1");
      return;
    }
    const { rows } = await session.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS "locked"', [KO_LOCKS, lockId]);
    if (rows[0]?.locked === true && !closed) {
      leader = true;
      onLeader?.();
    }
  };

  void (async () => {
    while (!closed) {
      try {
        await attempt();
      } catch (error) {
        if (!closed) {
          console.error(`[ko] scheduler lock: ${messageOf(error)}; trying again in ${Math.round(retryMs / 1000)} s`);
          drop(messageOf(error));
        }
      }
      markSettled();
      await pause.wait(retryMs);
    }
  })();

  return {
    isLeader: () => leader && !closed,
    settled: () => settled,
    close: async () => {
      closed = true;
      leader = false;
      pause.cancel();
      markSettled();
      const open = session;
      session = null;
      await open?.client.end().catch(() => {});
    },
  };
}
