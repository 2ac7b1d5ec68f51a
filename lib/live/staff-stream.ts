import type { IncomingMessage, ServerResponse } from "node:http";
import { onAccessChange, subscribe, type LiveEvent } from "@/lib/events/bus";
import { toFetchHeaders, type StaffSession } from "@/lib/auth/staff-session";
import { refuseBusy, type StreamContext } from "./display-stream";
import { staffEventFor } from "./live-events";
import { openEventStream } from "./sse";

export type SessionLookup = (headers: Headers) => Promise<StaffSession | null>;

/**
 * How often an open stream checks that its session still holds. Changes made in a server
 * (any server process, on PostgreSQL) reach the stream at once (publishAccessChange); this
 * catches the rest: an expired session, or on SQLite an account changed from the command
 * line, which runs in another process.
 */
export const REVALIDATE_MS = 15_000;

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

  // While a check is under way, events wait for its answer: a person just deactivated
  // gets none of them, and one whose divisions changed gets them under the new divisions.
  let held: LiveEvent[] | null = null;
  const pass = (event: LiveEvent) => {
    const message = staff && staffEventFor(event, staff);
    if (message) stream.send(message);
  };
  const unsubscribe = subscribe((event) => (held ? held.push(event) : pass(event)));
  stream.onClose(unsubscribe);

  const recheck = () => {
    held ??= [];
    context
      .getSession(headers)
      .then((session) => {
        staff = session;
        if (!session) return stream.close();
        for (const event of held?.splice(0) ?? []) pass(event);
      })
      .catch(() => stream.close())
      .finally(() => (held = null));
  };
  stream.onClose(onAccessChange((staffUserId) => staff?.id === staffUserId && recheck()));
  const timer = setInterval(recheck, context.revalidateMs ?? REVALIDATE_MS);
  timer.unref();
  stream.onClose(() => clearInterval(timer));
  stream.comment("connected");
}
