import type { IncomingMessage, ServerResponse } from "node:http";
import { subscribe } from "@/lib/events/bus";
import { toFetchHeaders, type StaffSession } from "@/lib/auth/staff-session";
import { refuseBusy, type StreamContext } from "./display-stream";
import { staffEventFor } from "./live-events";
import { openEventStream } from "./sse";

export type SessionLookup = (headers: Headers) => Promise<StaffSession | null>;

/** How often an open stream checks that its session still holds (sign-out, deactivation, new divisions). */
export const REVALIDATE_MS = 60_000;

/**
 * GET /api/staff/events: for a signed-in member of staff, the live events of the divisions
 * whose boards they may open (request.filed / changed / transferred, ticket.*). 401 without
 * a session. Events are passed on synchronously: a filing reaches every board at once.
 */
export async function serveStaffEvents(
  req: IncomingMessage,
  res: ServerResponse,
  context: StreamContext & { getSession: SessionLookup; revalidateMs?: number },
): Promise<void> {
  const headers = toFetchHeaders(req.headers);
  let staff = await context.getSession(headers);
  if (!staff) {
    res.writeHead(401, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ error: { code: "unauthorized" } }));
    return;
  }
  const release = context.acquire(`staff:${staff.id}`);
  if (!release) return refuseBusy(res);
  const stream = openEventStream(req, res, { heartbeatMs: context.heartbeatMs });
  stream.onClose(release);
  context.track(stream);

  const unsubscribe = subscribe((event) => {
    const message = staff && staffEventFor(event, staff);
    if (message) stream.send(message);
  });
  stream.onClose(unsubscribe);

  const recheck = setInterval(() => {
    context
      .getSession(headers)
      .then((session) => {
        staff = session;
        if (!session) stream.close();
      })
      .catch(() => stream.close());
  }, context.revalidateMs ?? REVALIDATE_MS);
  recheck.unref();
  stream.onClose(() => clearInterval(recheck));
  stream.comment("connected");
}
