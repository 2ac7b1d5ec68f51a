import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { REFERENCE_PATTERN } from "@/lib/requests/workflow/load-request";
import { mailQueued } from "./kick";

/** A queued mail as staff see it: its state, never the address. */
export type MailLine = {
  id: number;
  subject: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string;
};

export type RequestMail = { messages: MailLine[]; /** May this person retry a failed one? */ canRetry: boolean };

/** The mail queued for a request, newest first; null when this person may not see the request. */
export async function listRequestMail(options: { staff: StaffPrincipal; reference: string }): Promise<RequestMail | null> {
  if (!REFERENCE_PATTERN.test(options.reference)) return null;
  const request = await db.request.findUnique({ where: { reference: options.reference }, select: { id: true, divisionId: true } });
  if (!request || !can(options.staff, "request.view", request.divisionId)) return null;
  const rows = await db.mailMessage.findMany({
    where: { requestId: request.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, subject: true, status: true, attempts: true, nextAttemptAt: true, createdAt: true, sentAt: true, lastError: true },
  });
  return {
    messages: rows.map((row) => ({ ...row, status: row.status as MailLine["status"] })),
    canRetry: can(options.staff, "request.act", request.divisionId),
  };
}

export type RetryMailErrorCode = "not_found" | "not_failed";

/**
 * Send a failed mail again (the officer fixed nothing in it; the server or the address was
 * the problem): back to pending with its attempts reset, due now. For those who may act on
 * the request (OFFICER and HEAD of its division, ADMIN); audited.
 */
export async function retryMail(options: { staff: StaffPrincipal; reference: string; messageId: number; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  if (!REFERENCE_PATTERN.test(options.reference)) throw new AppError<RetryMailErrorCode>("not_found");
  const message = await db.mailMessage.findFirst({
    where: { id: options.messageId, request: { reference: options.reference } },
    select: { id: true, request: { select: { reference: true, divisionId: true, applicantKey: true } } },
  });
  const request = message?.request;
  if (!message || !request || !can(options.staff, "request.act", request.divisionId)) throw new AppError<RetryMailErrorCode>("not_found");
  await db.$transaction(async (tx) => {
    const updated = await tx.mailMessage.updateMany({
      where: { id: message.id, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: now },
    });
    if (updated.count !== 1) throw new AppError<RetryMailErrorCode>("not_failed");
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: "staff",
        actorId: options.staff.id,
        action: "mail.retry",
        subjectType: "request",
        subjectId: request.reference,
        personKey: request.applicantKey,
        detail: JSON.stringify({ mail: message.id }),
      },
    });
  });
  mailQueued();
}

/** Failed mail across the divisions this person may act on, and the first requests it is for (the ADMIN landing page). */
export async function failedMailSummary(staff: StaffPrincipal, limit = 10): Promise<{ count: number; references: string[] }> {
  const where = staff.role === "ADMIN" ? { status: "failed" } : { status: "failed", request: { divisionId: { in: [...staff.divisionIds] } } };
  const [count, rows] = await Promise.all([
    db.mailMessage.count({ where }),
    db.mailMessage.findMany({ where, orderBy: { createdAt: "asc" }, distinct: ["requestId"], take: limit, select: { request: { select: { reference: true } } } }),
  ]);
  return { count, references: rows.flatMap((row) => (row.request ? [row.request.reference] : [])) };
}
