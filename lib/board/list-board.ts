import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { maskName } from "@/lib/privacy/mask";
import { readApplicant } from "@/lib/requests/applicant";
import { OPEN_RUNNING, type BoardTab } from "./board-tabs";

export const PAGE_SIZE = 50;

export type BoardRow = {
  reference: string;
  service: { th: string; en: string };
  status: string;
  channel: string;
  queueTicket: string | null;
  filedAt: Date;
  dueDate: string;
  applicantName: { th: string; en: string };
};

export type BoardCounts = Record<BoardTab, number>;

/** Which requests a tab shows, for one division, as of `today`. */
function tabFilter(divisionId: number, tab: BoardTab, today: string): Prisma.RequestWhereInput {
  switch (tab) {
    case "new":
      return { divisionId, status: "new" };
    case "in_progress":
      return { divisionId, status: "in_progress" };
    case "waiting":
      return { divisionId, status: "waiting_applicant" };
    case "overdue":
      return { divisionId, status: { in: [...OPEN_RUNNING] }, dueDate: { lt: today } };
    case "done":
      return { divisionId, status: { in: ["done", "rejected"] } };
  }
}

/**
 * One page of a division's board, most urgent first (closed requests: most recent first).
 * `showNames` is false for people who may see the board but not case details: they get
 * masked names only.
 */
export async function listBoard(options: {
  divisionId: number;
  tab: BoardTab;
  page: number;
  showNames: boolean;
  now?: Date;
}): Promise<{ rows: BoardRow[]; counts: BoardCounts; today: string }> {
  const today = bangkokDate(options.now ?? new Date());
  const closed = options.tab === "done";
  const [requests, counts] = await Promise.all([
    db.request.findMany({
      where: tabFilter(options.divisionId, options.tab, today),
      orderBy: closed ? [{ updatedAt: "desc" }, { id: "desc" }] : [{ dueDate: "asc" }, { id: "asc" }],
      skip: (options.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        reference: true,
        status: true,
        channel: true,
        queueTicket: true,
        createdAt: true,
        dueDate: true,
        applicant: true,
        service: { select: { nameTh: true, nameEn: true } },
      },
    }),
    countBoard(options.divisionId, today),
  ]);
  const rows = requests.map((request) => {
    const applicant = readApplicant(request.applicant, request.reference);
    const name = (which: "nameTh" | "nameEn") => {
      if (!applicant.success) return "";
      const parts = applicant.data[which];
      return options.showNames ? [parts.prefix, parts.first, parts.last].filter(Boolean).join(" ") : maskName(parts);
    };
    return {
      reference: request.reference,
      service: { th: request.service.nameTh, en: request.service.nameEn },
      status: request.status,
      channel: request.channel,
      queueTicket: request.queueTicket,
      filedAt: request.createdAt,
      dueDate: request.dueDate,
      applicantName: { th: name("nameTh"), en: name("nameEn") },
    };
  });
  return { rows, counts, today };
}

/** The number on each tab: one grouped count and one overdue count, both on indexes. */
export async function countBoard(divisionId: number, today: string): Promise<BoardCounts> {
  const [byStatus, overdue] = await Promise.all([
    db.request.groupBy({ by: ["status"], where: { divisionId }, _count: { _all: true } }),
    db.request.count({ where: tabFilter(divisionId, "overdue", today) }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    new: count("new"),
    in_progress: count("in_progress"),
    waiting: count("waiting_applicant"),
    overdue,
    done: count("done") + count("rejected"),
  };
}
