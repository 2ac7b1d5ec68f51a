import { bangkokDate } from "@/lib/calendar/dates";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import type { HolidaySet } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publish, type LiveEvent } from "@/lib/events/bus";
import { mailQueued } from "@/lib/mail/kick";
import { enqueueForEvent } from "@/lib/mail/outbox";
import { announceSettled, settleTicket, type SettledTicket, type SettleOutcome } from "@/lib/queue/settle-ticket";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { nextStatus, type WorkflowAction } from "../state-machine";
import type { RequestStatus } from "../status";
import { workflowError } from "./errors";
import { loadRequestFor, type ActionableRequest } from "./load-request";

export type WorkflowResult = { reference: string; status: RequestStatus; divisionId: number };

export type Change = {
  /** Columns to change besides the status. */
  data?: Omit<Prisma.RequestUncheckedUpdateManyInput, "status">;
  /** Extra conditions the row must still meet when written (beyond status and division). */
  guard?: Prisma.RequestWhereInput;
  event: { type: string; public: boolean; messageTh: string; messageEn: string; detail: Record<string, unknown> };
  /** Audit detail: codes and counts only, never personal data or free text. */
  audit: Record<string, unknown>;
  /** Close the request's open queue ticket in the same transaction (complete, reject, transfer). */
  settleTicket?: SettleOutcome;
  /** The live event to publish after commit (default: request.changed). */
  live?: (result: WorkflowResult) => LiveEvent;
  /** More writes in the same transaction (complaints merged into this one close with it). */
  alongside?: (tx: Prisma.TransactionClient, context: ChangeContext) => Promise<Alongside>;
};

/** What `alongside` wrote that needs telling after the commit. */
export type Alongside = { mailed: boolean; live: LiveEvent[] };

export type ChangeContext = { today: string; now: Date; holidays: HolidaySet; from: RequestStatus; to: RequestStatus };

/**
 * The state-change recipe shared by every workflow action:
 *  1. load the request through the access-checked query (request.act in its division);
 *  2. ask the state machine whether `action` is allowed in its status;
 *  3. in ONE transaction, update the row only if it is still as loaded (same status and
 *     division: optimistic concurrency, so two officers acting on the same stale view cannot
 *     both succeed), append the timeline event and the audit entry;
 *     and, when the request is finished or passed on, settle its queue ticket; a public
 *     event also queues the resident's mail (lib/mail/outbox.ts), whole or not at all;
 *  4. after the commit, publish the live event and wake the mail sender.
 */
export async function changeRequest(options: {
  staff: StaffPrincipal;
  reference: string;
  action: WorkflowAction;
  now?: Date;
  /** Decide the change; may throw a workflow error (e.g. a missing confirmation). */
  change: (request: ActionableRequest, context: ChangeContext) => Change | Promise<Change>;
}): Promise<WorkflowResult> {
  const now = options.now ?? new Date();
  const request = await loadRequestFor(options.staff, options.reference, "request.act");
  const from = request.status as RequestStatus;
  // A merged complaint is answered through the one it follows (lib/complaints/merge-complaint.ts).
  if (request.mergedIntoId !== null && options.action !== "note") throw workflowError("merged");
  const to = nextStatus(from, options.action);
  if (to === null) throw workflowError("not_allowed", { status: from, action: options.action });
  const context: ChangeContext = { today: bangkokDate(now), now, holidays: await holidayCalendar(), from, to };
  const change = await options.change(request, context);

  const { result, settled, mailed, also } = await db.$transaction(async (tx) => {
    // Before the update: the ticket's division is the one it was called in, even on a transfer.
    const settled: SettledTicket | null = change.settleTicket ? await settleTicket(tx, request, { now, actorId: options.staff.id, outcome: change.settleTicket }) : null;
    const updated = await tx.request.updateMany({
      where: { id: request.id, status: from, divisionId: request.divisionId, ...change.guard },
      data: { ...change.data, status: to, updatedAt: now },
    });
    if (updated.count !== 1) throw workflowError("stale");
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        type: change.event.type,
        public: change.event.public,
        messageTh: change.event.messageTh,
        messageEn: change.event.messageEn,
        detail: JSON.stringify(change.event.detail),
        actorId: options.staff.id,
        createdAt: now,
      },
    });
    const mailed = await enqueueForEvent(tx, request.id, change.event, { now });
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: "staff",
        actorId: options.staff.id,
        action: `request.${change.event.type}`,
        subjectType: "request",
        subjectId: request.reference,
        personKey: request.applicantKey,
        detail: JSON.stringify({ from, to, ...change.audit }),
      },
    });
    const also = change.alongside ? await change.alongside(tx, context) : { mailed: false, live: [] };
    const divisionId = typeof change.data?.divisionId === "number" ? change.data.divisionId : request.divisionId;
    return { result: { reference: request.reference, status: to, divisionId }, settled, mailed, also };
  });
  announceSettled(settled);
  if (mailed || also.mailed) mailQueued();
  publish(change.live?.(result) ?? { type: "request.changed", divisionId: result.divisionId, reference: result.reference, status: result.status });
  for (const event of also.live) publish(event);
  return result;
}
