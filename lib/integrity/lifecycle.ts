import { z } from "zod";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { databaseKind, db } from "@/lib/db/client";
import { logAccess } from "./access-log";
import { retentionDays } from "./config";
import { canMove, REFERRAL_TARGETS, REPORT_OUTCOMES, type ReferralTarget, type ReportOutcome } from "./content";
import { destroyFile } from "./files";
import { reportKeyFor } from "./recipient-access";
import type { UnlockedRecipient } from "./recipient-keys";
import { lock, sodium } from "./sodium";
import { countedReport, RESPONSE_ACTIONS, tallyExpired, type CountedReport } from "./statistics-tally";

const DAY_MS = 24 * 60 * 60 * 1000;

export const moveSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("in_review") }),
  z.object({ to: z.literal("referred"), referredTo: z.enum(REFERRAL_TARGETS, { message: "กรุณาเลือกหน่วยงานที่ส่งต่อ / Please choose where it was referred" }) }),
  z.object({ to: z.literal("closed"), outcome: z.enum(REPORT_OUTCOMES, { message: "กรุณาเลือกผลการพิจารณา / Please choose an outcome" }) }),
], { message: "กรุณาเลือกสถานะ / Please choose a state" });
export type Move = { to: "in_review" } | { to: "referred"; referredTo: ReferralTarget } | { to: "closed"; outcome: ReportOutcome };

/**
 * Only a recipient holding the report's key may move it; closing sets the expiry. `move`
 * may come straight from a form (Move | unknown): it is checked here.
 */
export async function moveReport(who: UnlockedRecipient, reportId: string, move: Move | Record<string, unknown>, now = new Date()): Promise<{ ok: true } | { ok: false; code: "notFound" | "notAllowed" | "invalid"; message?: string }> {
  const parsed = moveSchema.safeParse(move);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]!.message };
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return { ok: false, code: "notFound" };
  s.memzero(key);
  const row = await db.integrityReport.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
  if (!canMove(row.status, parsed.data.to)) return { ok: false, code: "notAllowed" };
  const next = parsed.data;
  await db.$transaction(async (tx) => {
    await tx.integrityReport.update({
      where: { id: reportId, status: row.status },
      data: {
        status: next.to,
        ...(next.to === "referred" && { referredTo: next.referredTo }),
        ...(next.to === "closed" && { outcome: next.outcome, closedAt: now, expiresAt: new Date(now.getTime() + retentionDays() * DAY_MS) }),
      },
    });
    await logAccess(tx, reportId, { actor: "recipient", recipientId: who.recipientId }, "state_changed");
  });
  return { ok: true };
}

const extendSchema = z.object({
  reason: z.string().trim().min(5, { message: "กรุณาให้เหตุผล / Please give a reason" }).max(2_000),
  days: z.number().int().min(1).max(3650),
});

/** Keep a closed report longer (an appeal, a court case); the reason is encrypted too. */
export async function extendExpiry(who: UnlockedRecipient, reportId: string, input: { reason: string; days: number }): Promise<{ ok: true; expiresAt: Date } | { ok: false; code: "notFound" | "notClosed" | "invalid"; message?: string }> {
  const parsed = extendSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]!.message };
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return { ok: false, code: "notFound" };
  try {
    const row = await db.integrityReport.findUniqueOrThrow({ where: { id: reportId }, select: { expiresAt: true } });
    if (!row.expiresAt) return { ok: false, code: "notClosed" };
    const expiresAt = new Date(row.expiresAt.getTime() + parsed.data.days * DAY_MS);
    await db.$transaction(async (tx) => {
      await tx.integrityReport.update({ where: { id: reportId }, data: { expiresAt, extensionBox: lock(s, parsed.data.reason, key) } });
      await logAccess(tx, reportId, { actor: "recipient", recipientId: who.recipientId }, "expiry_extended");
    });
    return { ok: true, expiresAt };
  } finally {
    s.memzero(key);
  }
}

/**
 * Destroy every report past its expiry: files overwritten and unlinked, then the rows
 * (report, keys, messages, files by cascade, and its access log) deleted with SQLite's
 * secure_delete on, so freed pages are zeroed, and the WAL checkpointed and truncated so
 * no old page survives there either. One "expired" log row without a report id remains.
 */
export async function expireReports(now = new Date()): Promise<number> {
  const due = await db.integrityReport.findMany({ where: { expiresAt: { lte: now } }, select: { id: true, createdAt: true, status: true, outcome: true, files: { select: { id: true } } } });
  if (due.length === 0) return 0;
  const counted = await countedReports(due);
  for (const report of due) for (const file of report.files) await destroyFile(file.id);
  const ids = due.map((r) => r.id);
  const sqlite = databaseKind() === "sqlite";
  if (sqlite) await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
  await db.$transaction(async (tx) => {
    await tallyExpired(tx, counted);
    await tx.integrityReport.deleteMany({ where: { id: { in: ids } } });
    await tx.integrityAccessLog.deleteMany({ where: { reportId: { in: ids } } });
    for (const _ of ids) await logAccess(tx, null, { actor: "system" }, "expired");
  });
  if (sqlite) await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  // PostgreSQL has no secure_delete: VACUUM at least removes the dead rows now rather than
  // whenever autovacuum comes; the server's own disk and WAL archive are the operator's to
  // protect (README, "PostgreSQL").
  else await db.$executeRawUnsafe(`VACUUM "IntegrityReport", "IntegrityReportKey", "IntegrityMessage", "IntegrityFile", "IntegrityAccessLog"`);
  return ids.length;
}

/** What the public statistics count of these reports, read before they are destroyed. */
async function countedReports(reports: { id: string; createdAt: Date; status: string; outcome: string | null }[]): Promise<CountedReport[]> {
  const [firsts, holidays] = await Promise.all([
    db.integrityAccessLog.groupBy({ by: ["reportId"], where: { reportId: { in: reports.map((r) => r.id) }, action: { in: RESPONSE_ACTIONS } }, _min: { at: true } }),
    holidayCalendar(),
  ]);
  const firstOf = new Map(firsts.map((f) => [f.reportId, f._min.at]));
  return reports.map((r) => countedReport({ ...r, firstResponseAt: firstOf.get(r.id) ?? null }, holidays));
}
