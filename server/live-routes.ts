import type { IncomingMessage, ServerResponse } from "node:http";
import type { Server, Socket } from "node:net";
import { connectionLimiter } from "@/lib/live/connection-limit";
import { enrolledDisplayName } from "@/lib/live/display-device";
import { serveDisplayEvents } from "@/lib/live/display-stream";
import type { EventStream } from "@/lib/live/sse";
import { serveStaffEvents, type SessionLookup } from "@/lib/live/staff-stream";
import { readStaffSession } from "@/lib/auth/staff-session";

export const DISPLAY_EVENTS_PATH = "/api/display/events";
export const STAFF_EVENTS_PATH = "/api/staff/events";
const SHUTDOWN_CHECK_MS = 500;

export type LiveRoutesOptions = {
  getSession?: SessionLookup;
  heartbeatMs?: number;
  revalidateMs?: number;
  /** Open display streams: in all, and per client address (a waiting room has a screen or two). */
  display?: { total: number; perKey: number };
  /** Open streams of enrolled displays (lib/live/display-device.ts): a pool of their own, per screen name. */
  enrolledDisplay?: { total: number; perKey: number };
  /** Open staff streams: in all, and per member of staff (tabs, and the bench's 50 boards). */
  staff?: { total: number; perKey: number };
};

/**
 * The live event streams (server-sent events), answered beside Next.js like the other
 * machine routes: a stream is a long-lived response, and holding it in Node directly
 * costs one listener on the in-process bus (lib/events/bus.ts) and no framework work.
 */
export function createLiveRoutes(options: LiveRoutesOptions = {}) {
  // A few addresses on the office network must not be able to crowd out the waiting-room
  // TV: each address may hold a handful of streams, and enrolled screens have their own pool.
  const display = connectionLimiter(options.display ?? { total: 100, perKey: 4 });
  const enrolledDisplay = connectionLimiter(options.enrolledDisplay ?? { total: 20, perKey: 2 });
  const staff = connectionLimiter(options.staff ?? { total: 1_000, perKey: 100 });
  // Each open stream, with the server it came through.
  const open = new Map<EventStream, Server | undefined>();
  // server.close() waits for every connection to end, and a stream never ends by itself: when
  // a stream's server stops listening (shutting down), end the stream, so the server can stop.
  let watch: ReturnType<typeof setInterval> | undefined;
  const endStreamsOfClosedServers = () => {
    for (const [stream, server] of open) if (server && !server.listening) stream.terminate();
    if (open.size === 0) {
      clearInterval(watch);
      watch = undefined;
    }
  };
  const tracker = (req: IncomingMessage) => (stream: EventStream) => {
    open.set(stream, (req.socket as Socket & { server?: Server }).server);
    stream.onClose(() => open.delete(stream));
    if (!watch) {
      watch = setInterval(endStreamsOfClosedServers, SHUTDOWN_CHECK_MS);
      watch.unref();
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== DISPLAY_EVENTS_PATH && path !== STAFF_EVENTS_PATH) return false;
    if (req.method !== "GET") {
      res.writeHead(405, { Allow: "GET", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("Method Not Allowed");
      return true;
    }
    const common = { heartbeatMs: options.heartbeatMs, track: tracker(req) };
    if (path === DISPLAY_EVENTS_PATH) {
      const screen = enrolledDisplayName(new URL(req.url ?? "/", "http://local").searchParams.get("device"));
      const acquire = screen ? () => enrolledDisplay.acquire(`screen:${screen}`) : display.acquire;
      await serveDisplayEvents(req, res, { ...common, acquire });
    } else {
      await serveStaffEvents(req, res, {
        ...common,
        acquire: staff.acquire,
        getSession: options.getSession ?? readStaffSession,
        revalidateMs: options.revalidateMs,
      });
    }
    return true;
  }

  return {
    handle,
    /** End every open stream now (streams of a server that stopped listening also end within 0.5 s by themselves). */
    closeAll(): void {
      for (const stream of [...open.keys()]) stream.terminate();
    },
    get openStreams(): number {
      return open.size;
    },
  };
}

const routes = createLiveRoutes();

/** True when the request was a live route and has been answered (or is being streamed). */
export const handleLiveRoute = routes.handle;
export const closeLiveStreams = routes.closeAll;
