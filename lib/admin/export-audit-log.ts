import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit } from "./audit";
import type { AuditFilter } from "./audit-log-filter";
import { requireAdmin } from "./authorize";
import { CSV_BOM, csvLine } from "@/lib/csv/csv";
import { auditSelect, auditWhere, toAuditRow, type AuditRow } from "./search-audit-log";

/** More than this is refused in one file: narrow the dates (the cap is said in the audit detail). */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const BATCH = 2_000;

export const AUDIT_CSV_HEADER = ["id", "time (Asia/Bangkok)", "actor type", "staff username", "actor label", "action", "subject type", "subject id", "person key", "detail"];

/** "2026-05-01 14:03:22", Ko's wall clock, which Excel reads as a date and time. */
export function bangkokTimestamp(at: Date): string {
  return `${bangkokDate(at)} ${new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(11, 19)}`;
}

export function auditCsvRow(row: AuditRow): string {
  return csvLine([row.id, bangkokTimestamp(row.at), row.actorType, row.actorUsername, row.actorLabel, row.action, row.subjectType, row.subjectId, row.personKey, row.detail]);
}

/**
 * The filtered log as a CSV download. The export is itself audited first (who exported
 * what, and whose rows when filtered by a person), then the rows stream out in batches,
 * newest first, so a large log never sits in memory at once.
 */
export async function exportAuditLog(
  staff: StaffSession,
  filter: AuditFilter,
  now = new Date(),
): Promise<{ filename: string; rows: number; truncated: boolean; body: ReadableStream<Uint8Array> }> {
  requireAdmin(staff);
  const where = await auditWhere(filter);
  // The file holds the log as it was when asked for (not this export's own row, nor later ones).
  const newest = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const matching = await db.auditLog.count({ where: { AND: [where, { id: { lte: newest?.id ?? 0 } }] } });
  const rows = Math.min(matching, AUDIT_EXPORT_MAX_ROWS);
  const { personKey, ...rest } = filter;
  await db.auditLog.create({
    data: adminAudit(
      staff,
      "audit.exported",
      { type: "audit_log", id: "" },
      { filter: { ...rest, person: personKey ? true : undefined }, rows, truncated: matching > rows },
      personKey,
    ),
  });

  const encoder = new TextEncoder();
  let sent = 0;
  let cursor = (newest?.id ?? 0) + 1;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(AUDIT_CSV_HEADER)));
        return;
      }
      const take = Math.min(BATCH, rows - sent);
      if (take <= 0) return controller.close();
      // Keyset pages on the id: rows written while the file downloads never shift a page.
      const batch = await db.auditLog.findMany({
        where: { AND: [where, { id: { lt: cursor } }] },
        orderBy: { id: "desc" },
        take,
        select: auditSelect,
      });
      if (batch.length === 0) return controller.close();
      sent += batch.length;
      cursor = batch.at(-1)!.id;
      controller.enqueue(encoder.encode(batch.map((row) => auditCsvRow(toAuditRow(row))).join("")));
    },
  });
  return { filename: `audit-log-${bangkokDate(now)}.csv`, rows, truncated: matching > rows, body };
}
