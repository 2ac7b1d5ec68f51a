import { bangkokDate } from "@/lib/calendar/dates";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { publish } from "@/lib/events/bus";
import { mailQueued } from "@/lib/mail/kick";
import { enqueueForEvent } from "@/lib/mail/outbox";
import { clockState, latestDueDateForNotice, NOTICE_INTERVAL_DAYS } from "./clock";
import type { RequestStatus } from "./status";

const RUNNING = ["new", "in_progress"];
const BATCH = 500;

/** The public text of the n-th overdue notice (Licensing Facilitation Act B.E. 2558, s.10). */
export function overdueNoticeText(n: number): { messageTh: string; messageEn: string } {
  const days = n * NOTICE_INTERVAL_DAYS;
  return {
    messageTh: `แจ้งตาม พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ: คำขอนี้ยังพิจารณาไม่แล้วเสร็จ เกินกำหนดมาแล้ว ${days} วัน (แจ้งครั้งที่ ${n}) เทศบาลจะแจ้งความคืบหน้าทุก 7 วันจนกว่าจะแล้วเสร็จ`,
    messageEn: `Notice under the Licensing Facilitation Act: a decision on this request is ${days} days late (notice ${n}). You will be told how it stands every 7 days until it is decided.`,
  };
}

/**
 * Record the overdue notices the Act requires: for every open request whose clock is
 * running, one public timeline event per 7 calendar days past its due date. A request's
 * `overdueNotices` counts those recorded; missing ones are added in one transaction per
 * request, written only if the request is still as read (so a run racing an officer's
 * action or another run adds nothing twice). Idempotent: run it as often as you like
 * (server/scheduler.ts runs it at start and hourly).
 */
export async function recordOverdueNotices(now: Date = new Date()): Promise<{ requests: number; notices: number }> {
  const today = bangkokDate(now);
  const holidays = await holidayCalendar();
  const totals = { requests: 0, notices: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await db.request.findMany({
      where: { id: { gt: afterId }, status: { in: RUNNING }, dueDate: { lte: latestDueDateForNotice(today) } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, reference: true, status: true, divisionId: true, dueDate: true, overdueNotices: true, applicantKey: true },
    });
    for (const request of batch) {
      const due = clockState({ status: request.status as RequestStatus, dueDate: request.dueDate, pausedSince: null }, today, holidays).noticesDue;
      if (due <= request.overdueNotices) continue;
      const added = await addNotices(request, due, now);
      if (added > 0) {
        totals.requests++;
        totals.notices += added;
        publish({ type: "request.changed", divisionId: request.divisionId, reference: request.reference, status: request.status });
      }
    }
    if (batch.length < BATCH) return totals;
    afterId = batch[batch.length - 1]!.id;
  }
}

async function addNotices(
  request: { id: number; reference: string; status: string; dueDate: string; overdueNotices: number; applicantKey: string | null },
  due: number,
  now: Date,
): Promise<number> {
  let mailed = false;
  const added = await db.$transaction(async (tx) => {
    const updated = await tx.request.updateMany({
      where: { id: request.id, status: request.status, dueDate: request.dueDate, overdueNotices: request.overdueNotices },
      data: { overdueNotices: due },
    });
    if (updated.count !== 1) return 0;
    const numbers = Array.from({ length: due - request.overdueNotices }, (_, i) => request.overdueNotices + i + 1);
    for (const n of numbers) {
      await tx.requestEvent.create({
        data: { requestId: request.id, type: "overdue_notice", public: true, ...overdueNoticeText(n), detail: JSON.stringify({ notice: n, dueDate: request.dueDate }), createdAt: now },
      });
    }
    // One mail for a catch-up of several notices: the latest says how late it is.
    mailed = await enqueueForEvent(tx, request.id, { type: "overdue_notice", public: true, ...overdueNoticeText(due) }, { now });
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: "system",
        actorLabel: "overdue notices",
        action: "request.overdue_notice",
        subjectType: "request",
        subjectId: request.reference,
        personKey: request.applicantKey,
        detail: JSON.stringify({ notices: numbers, dueDate: request.dueDate }),
      },
    });
    return numbers.length;
  });
  if (mailed) mailQueued();
  return added;
}
