import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { attachmentsFolder, ATTACHMENT_ID } from "./folder";
import { removeStoredFile } from "./store";

/**
 * How long a closed request's files are kept: 10 years after it was closed (done or
 * rejected). ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 57: หนังสือทั่วไปเก็บไว้ไม่น้อยกว่า
 * 10 ปี. ATTACHMENT_RETENTION_DAYS overrides it (tests; a municipality with a longer rule).
 */
export const RETENTION_YEARS = 10;

/** A file on disk with no row (a filing that died between writing and committing) waits this long. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const BATCH = 200;

/** Files of requests closed before this instant are past their retention. */
export function retentionCutoff(now: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const days = Number(env.ATTACHMENT_RETENTION_DAYS);
  if (env.ATTACHMENT_RETENTION_DAYS?.trim() && Number.isFinite(days) && days >= 0) return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
  return cutoff;
}

/**
 * Delete the files of requests closed longer than the retention period: the file goes, the
 * row stays with deletedAt set (the timeline still says a document was sent), each deletion
 * audited. Idempotent; the scheduler runs it hourly. Open requests keep their files.
 */
export async function deleteExpiredAttachments(now: Date = new Date()): Promise<number> {
  const cutoff = retentionCutoff(now);
  let deleted = 0;
  for (;;) {
    const rows = await db.attachment.findMany({
      where: { deletedAt: null, request: { status: { in: ["done", "rejected"] }, completedAt: { lt: cutoff } } },
      select: { id: true, request: { select: { reference: true, applicantKey: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return deleted;
    for (const row of rows) {
      await removeStoredFile(row.id);
      await db.$transaction([
        db.attachment.update({ where: { id: row.id }, data: { deletedAt: now } }),
        db.auditLog.create({
          data: {
            at: now,
            actorType: "system",
            action: "attachment.deleted",
            subjectType: "request",
            subjectId: row.request.reference,
            personKey: row.request.applicantKey,
            detail: JSON.stringify({ attachment: row.id, reason: "retention" }),
          },
        }),
      ]);
      deleted++;
    }
  }
}

/** Remove files no row points to, older than an hour (a prepared upload whose filing never committed). */
export async function removeOrphanFiles(now: Date = new Date()): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(attachmentsFolder());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  const ids = names.filter((name) => ATTACHMENT_ID.test(name));
  let removed = 0;
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH);
    const known = new Set((await db.attachment.findMany({ where: { id: { in: batch } }, select: { id: true } })).map((row) => row.id));
    for (const id of batch) {
      if (known.has(id)) continue;
      const stat = await fs.stat(path.join(attachmentsFolder(), id)).catch(() => null);
      if (!stat || now.getTime() - stat.mtimeMs < ORPHAN_AGE_MS) continue;
      await removeStoredFile(id);
      removed++;
    }
  }
  return removed;
}
