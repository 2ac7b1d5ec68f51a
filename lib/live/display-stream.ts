import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress } from "@/lib/auth/client-address";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import type { DisplayDivision, DisplayEvent } from "@/lib/queue/display-model";
import { getDisplayState } from "@/lib/queue/display-state";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { displayEventFor } from "./live-events";
import { openEventStream, type EventStream } from "./sse";

export type StreamContext = {
  /** Null when a connection cap is reached; else the release function. */
  acquire: (key: string) => (() => void) | null;
  heartbeatMs?: number;
  track: (stream: EventStream) => void;
};

/**
 * GET /api/display/events, public: first a snapshot of today's display (so a reconnecting
 * screen catches up on what it missed), then every ticket call, recall and close, in order.
 */
export async function serveDisplayEvents(req: IncomingMessage, res: ServerResponse, context: StreamContext): Promise<void> {
  // The client's address as the web server settled it (the proxy's, with TRUST_PROXY).
  const forwarded = [req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? ""].flat().join(",");
  const release = context.acquire(`display:${clientAddress(new Headers({ "x-forwarded-for": forwarded }))}`);
  if (!release) return refuseBusy(res);
  const stream = openEventStream(req, res, { heartbeatMs: context.heartbeatMs });
  stream.onClose(release);
  context.track(stream);

  // Events wait behind the snapshot, so the screen never applies them to an older state.
  let queue: Promise<void> = getDisplayState().then((state) => stream.send({ type: "snapshot", state } satisfies DisplayEvent));
  const unsubscribe = subscribe((event: LiveEvent) => {
    if (event.type !== "ticket.called" && event.type !== "ticket.closed") return;
    const at = new Date();
    queue = queue.then(async () => {
      const message = displayEventFor(event, await divisionsById(), at);
      if (message) stream.send(message);
    });
    queue.catch(() => undefined);
  });
  stream.onClose(unsubscribe);
  queue.catch((error: unknown) => {
    console.error("display events: stream failed:", error instanceof Error ? error.message : "unknown error");
    stream.close();
  });
}

async function divisionsById(): Promise<Map<number, DisplayDivision>> {
  const { divisions } = await catalogueSnapshot();
  return new Map([...divisions.values()].map((d) => [d.id, { code: d.code, nameTh: d.nameTh, nameEn: d.nameEn }]));
}

export function refuseBusy(res: ServerResponse): void {
  res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "10" });
  res.end("Too many open event streams");
}
