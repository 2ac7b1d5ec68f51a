import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { db, postgresConnectionUrl } from "@/lib/db/client";
import { messageOf } from "@/lib/db/dedicated-connection";
import { decodeEnvelope, encodeEnvelope, type ChannelMessage } from "./envelope";
import { listenForNotifications, type Listening } from "./listen";

/** The one NOTIFY channel every server process of an installation listens on. */
export const CHANNEL = "ko_live";

type Kind = ChannelMessage["kind"];
type MessageOf<K extends Kind> = Extract<ChannelMessage, { kind: K }>;

export type ProcessChannel = {
  /** To this process's listeners at once, and on PostgreSQL to every other process's. */
  send: (message: ChannelMessage) => void;
  /** Returns the unsubscribe function. On PostgreSQL the first listener starts the LISTEN. */
  on: <K extends Kind>(kind: K, listener: (message: MessageOf<K>) => void) => () => void;
  /** How many listeners this process has for `kind` (a stream that ended must leave none behind). */
  listenerCount: (kind: Kind) => number;
  /** Settles once other processes' messages arrive (at once on SQLite). */
  ready: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * What the live bus, the mail kick and the catalogue tell each other. On SQLite (one process)
 * an EventEmitter, exactly as before. On PostgreSQL (several processes may share the
 * database) each message is also sent with pg_notify, and one dedicated connection per
 * process LISTENs and hands other processes' messages to the same emitter.
 *
 * The sender delivers its own message locally, synchronously, and ignores the copy PostgreSQL
 * echoes back (matched by `origin`), rather than waiting for the echo: a process's own boards
 * then never depend on the listening connection being up, and a caller that publishes and
 * then looks (the tests, the live routes) sees the event at once, in order, as on SQLite.
 */
export function createProcessChannel(options: {
  /** null on SQLite: nothing leaves the process. */
  postgresUrl: string | null;
  /** Sends one payload on CHANNEL (the default process uses the pooled Prisma client). */
  notify?: (payload: string) => Promise<unknown>;
  origin?: string;
}): ProcessChannel {
  const { postgresUrl } = options;
  const origin = options.origin ?? randomUUID();
  const notify = options.notify ?? ((payload: string) => db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`);
  const local = new EventEmitter().setMaxListeners(0);
  let listening: Listening | null = null;

  const listen = (): Listening | null => {
    if (!postgresUrl) return null;
    listening ??= listenForNotifications({
      url: postgresUrl,
      channel: CHANNEL,
      onPayload: (payload) => {
        const envelope = decodeEnvelope(payload);
        if (!envelope || envelope.from === origin) return;
        const { from: _from, ...message } = envelope;
        local.emit(message.kind, message);
      },
    });
    return listening;
  };

  return {
    send: (message) => {
      if (postgresUrl) {
        const payload = encodeEnvelope(message, origin);
        if (payload === null) console.error(`[ko] live channel: a ${message.kind} message is too long for NOTIFY; sent in this process only`);
        else notify(payload).catch((error: unknown) => console.error(`[ko] live channel cannot notify (${messageOf(error)})`));
      }
      local.emit(message.kind, message);
    },
    on: (kind, listener) => {
      listen();
      local.on(kind, listener);
      return () => void local.off(kind, listener);
    },
    listenerCount: (kind) => local.listenerCount(kind),
    ready: () => listen()?.ready() ?? Promise.resolve(),
    close: async () => {
      local.removeAllListeners();
      const open = listening;
      listening = null;
      await open?.close();
    },
  };
}

// One per process, on globalThis: Next's bundle and server/ each load this module, and both
// must share one emitter and one listening connection.
const shared = globalThis as unknown as { koProcessChannel?: ProcessChannel };

/** This process's channel, made on first use (importing this module never connects). */
export function processChannel(): ProcessChannel {
  return (shared.koProcessChannel ??= createProcessChannel({ postgresUrl: postgresConnectionUrl() }));
}
