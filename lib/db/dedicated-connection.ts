import net from "node:net";
import pg from "pg";

/**
 * A PostgreSQL connection of its own, outside Prisma's pool, for the two things a pooled
 * connection cannot do: LISTEN (notifications arrive on the session that listens) and hold
 * the scheduler's session-level advisory lock (released when the session ends).
 *
 * `lost` settles when the connection fails or ends, so the owner reconnects; it is wired
 * before connecting, so an error is never an uncaught 'error' event that ends the process.
 * The socket is unref'd: like the scheduler's timers, this connection never keeps a process
 * alive on its own (a CLI that read the catalogue still exits).
 */
export type DedicatedConnection = { client: pg.Client; lost: Promise<Error> };

/** `purpose` names the session in pg_stat_activity (application_name), for operators and tests. */
export async function openDedicatedConnection(url: string, purpose: string): Promise<DedicatedConnection> {
  const client = new pg.Client({
    connectionString: url,
    application_name: `ko ${purpose}`,
    keepAlive: true,
    // A TCP socket that does not hold the event loop open (pg connects it itself).
    stream: () => new net.Socket().unref(),
  });
  const lost = new Promise<Error>((resolve) => {
    client.on("error", resolve);
    client.on("end", () => resolve(new Error("connection ended")));
  });
  await client.connect();
  return { client, lost };
}

/**
 * How long to wait before reconnecting after `failures` failed attempts in a row: 0.5 s,
 * doubling, at most 30 s, so a restarting database is not hammered by every process.
 */
export function reconnectDelayMs(failures: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, failures));
}

/** What the logs say about a failure: its message only. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A wait that close() can cut short; its timer never keeps the process alive. */
export function cancellableWait(): { wait: (ms: number) => Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  return {
    wait: (ms) =>
      new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, ms);
        timer.unref();
      }),
    cancel: () => {
      clearTimeout(timer);
      wake?.();
    },
  };
}
