import type { Prisma } from "@/lib/db/generated/client";
import { enqueueForEvent } from "@/lib/mail/outbox";
import { settleTicket } from "@/lib/queue/settle-ticket";
import { endPause } from "@/lib/requests/clock";
import { OPEN_STATUSES } from "@/lib/requests/state-machine";
import type { Alongside, Change, ChangeContext } from "@/lib/requests/workflow/change-request";

type Outcome = "done" | "rejected";

const AUDIT_ACTION = { done: "request.completed", rejected: "request.rejected" } as const;

/**
 * When a complaint is answered (completed or rejected), every complaint merged into it
 * closes with the same outcome, in the same transaction: its own timeline event, its
 * complainant's mail, its queue ticket settled, an audit entry saying whose outcome it was.
 */
export function closeMergedComplaints(primary: { id: number; reference: string }, actorId: number, outcome: Outcome, event: Change["event"]) {
  return async (tx: Prisma.TransactionClient, { now, today, holidays }: ChangeContext): Promise<Alongside> => {
    const followers = await tx.request.findMany({
      where: { mergedIntoId: primary.id, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, reference: true, status: true, divisionId: true, applicantKey: true, dueDate: true, pausedDays: true, pausedSince: true },
    });
    let mailed = false;
    const live: Alongside["live"] = [];
    for (const follower of followers) {
      await settleTicket(tx, follower, { now, actorId, outcome: outcome === "done" ? "completed" : "rejected" });
      const clock = endPause(follower, today, holidays);
      await tx.request.update({
        where: { id: follower.id },
        data: { status: outcome, completedAt: now, dueDate: clock.dueDate, pausedDays: clock.pausedDays, pausedSince: null, updatedAt: now },
      });
      await tx.requestEvent.create({
        data: { requestId: follower.id, ...event, detail: JSON.stringify(event.detail), actorId, createdAt: now },
      });
      mailed = (await enqueueForEvent(tx, follower.id, event, { now })) || mailed;
      await tx.auditLog.create({
        data: {
          at: now,
          actorType: "staff",
          actorId,
          action: AUDIT_ACTION[outcome],
          subjectType: "request",
          subjectId: follower.reference,
          personKey: follower.applicantKey,
          detail: JSON.stringify({ from: follower.status, to: outcome, mergedInto: primary.reference }),
        },
      });
      live.push({ type: "request.changed", divisionId: follower.divisionId, reference: follower.reference, status: outcome });
    }
    return { mailed, live };
  };
}
