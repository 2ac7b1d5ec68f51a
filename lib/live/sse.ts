import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Server-sent events over a plain Node response: the headers that keep proxies from
 * buffering or caching, a heartbeat comment so idle connections stay open, and clean-up
 * when the client goes away. Every message is one `data:` line of JSON (JSON.stringify
 * never emits a raw newline), read in the browser with EventSource's `message` event.
 */
export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Accel-Buffering": "no",
  "X-Content-Type-Options": "nosniff",
  Connection: "keep-alive",
} as const;

/** How soon a browser reconnects after the stream drops (EventSource `retry:`). */
export const RECONNECT_MS = 1_000;
export const HEARTBEAT_MS = 15_000;
/** A client that stops reading is dropped once this much is waiting for it. */
const MAX_BUFFERED_BYTES = 256 * 1024;

export function sseData(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}

export type EventStream = {
  send(data: unknown): void;
  comment(text: string): void;
  /** End the response (the browser reconnects after RECONNECT_MS unless told otherwise). */
  close(): void;
  /** End the response and its connection (server shutdown: no keep-alive socket left behind). */
  terminate(): void;
  readonly closed: boolean;
  /** Runs once when the stream ends, whoever ends it. */
  onClose(listener: () => void): void;
};

export function openEventStream(req: IncomingMessage, res: ServerResponse, options: { heartbeatMs?: number } = {}): EventStream {
  res.writeHead(200, SSE_HEADERS);
  req.socket.setNoDelay(true);
  req.socket.setTimeout(0);
  res.write(`retry: ${RECONNECT_MS}\n\n`);

  const listeners: (() => void)[] = [];
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of listeners.splice(0)) listener();
  };
  const write = (chunk: string) => {
    if (closed) return;
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      res.destroy();
      finish();
      return;
    }
    res.write(chunk);
  };
  const heartbeat = setInterval(() => write(sseComment("heartbeat")), options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  req.on("close", finish);
  res.on("close", finish);
  res.on("error", finish);

  return {
    send: (data) => write(sseData(data)),
    comment: (text) => write(sseComment(text)),
    close: () => {
      if (!closed) res.end();
      finish();
    },
    terminate: () => {
      if (!closed) {
        // Taken first: the response lets go of its socket once it has ended.
        const socket = res.socket;
        res.end();
        socket?.end();
      }
      finish();
    },
    get closed() {
      return closed;
    },
    onClose: (listener) => (closed ? listener() : listeners.push(listener)),
  };
}
