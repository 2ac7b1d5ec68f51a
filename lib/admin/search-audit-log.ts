import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StaffSession } from "@/lib/staff/session";
import { auditTimeRange, type AuditFilter } from "./audit-log-filter";
import { requireAdmin } from "./authorize";

export type AuditRow = {
  id: number;
  at: Date;
  actorType: string;
  actorUsername: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  personKey: string | null;
  detail: string;
};

export const AUDIT_PAGE_SIZE = 50;

/** The where-clause of a filter; a username nobody has matches nothing. */
export async function auditWhere(filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.username) {
    const actor = await db.staffUser.findUnique({ where: { username: filter.username }, select: { id: true } });
    where.actorId = actor?.id ?? -1;
  }
  if (filter.personKey) where.personKey = filter.personKey;
  if (filter.action) where.action = filter.action;
  const range = auditTimeRange(filter);
  if (range.gte || range.lt) where.at = range;
  return where;
}

export const auditSelect = {
  id: true,
  at: true,
  actorType: true,
  actorLabel: true,
  action: true,
  subjectType: true,
  subjectId: true,
  personKey: true,
  detail: true,
  actor: { select: { username: true } },
} as const;

type Selected = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

export function toAuditRow({ actor, ...row }: Selected): AuditRow {
  return { ...row, actorUsername: actor?.username ?? null };
}

/** One page of the log, newest first, with the total for the pager. */
export async function searchAuditLog(
  staff: StaffSession,
  filter: AuditFilter,
  page = 1,
): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number }> {
  requireAdmin(staff);
  const where = await auditWhere(filter);
  const total = await db.auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: auditSelect,
  });
  return { rows: rows.map(toAuditRow), total, page: current, pages };
}

/** The actions recorded so far and the staff usernames, for the filter's choices. */
export async function auditFilterChoices(staff: StaffSession): Promise<{ actions: string[]; usernames: string[] }> {
  requireAdmin(staff);
  const [actions, staffUsers] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.staffUser.findMany({ select: { username: true }, orderBy: { username: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), usernames: staffUsers.map((s) => s.username) };
}
