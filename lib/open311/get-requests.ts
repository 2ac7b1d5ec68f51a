import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot, type CatalogueSnapshot } from "@/lib/services/catalogue";
import { MAX_REQUESTS, type RequestQuery } from "./request-query";
import { toOpen311Request, type Open311Request } from "./request-view";

const CLOSED = ["done", "rejected"];

const SELECT = {
  id: true,
  reference: true,
  status: true,
  channel: true,
  serviceId: true,
  divisionId: true,
  dueDate: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  locationText: true,
  latitude: true,
  longitude: true,
  description: true,
  mediaUrl: true,
} as const;

/**
 * The requests a query asks for, newest first, at most 1000: only of services offered
 * through Open311 (what is about a public place), never a resident's private affairs such
 * as an allowance or a registration.
 */
export async function findOpen311Requests(query: RequestQuery, locale: Locale): Promise<Open311Request[]> {
  const snapshot = await catalogueSnapshot();
  const offered = snapshot.services.filter((s) => s.channels.includes("open311"));
  const where: Prisma.RequestWhereInput =
    query.kind === "ids"
      ? { reference: { in: query.ids } }
      : {
          createdAt: { gte: query.start, lte: query.end },
          ...statusFilter(query.statuses),
        };
  const services = query.kind === "range" && query.serviceCodes ? offered.filter((s) => query.serviceCodes!.includes(s.code)) : offered;
  if (services.length === 0) return [];
  const rows = await db.request.findMany({
    where: { ...where, serviceId: { in: services.map((s) => s.id) } },
    orderBy: { createdAt: "desc" },
    take: MAX_REQUESTS,
    select: SELECT,
  });
  const notes = await latestPublicNotes(rows.map((r) => r.id));
  return rows.map((row) => toOpen311Request(row, namesOf(snapshot, row, notes.get(row.id) ?? null), codeOf(snapshot, row.serviceId), locale));
}

function statusFilter(statuses: ("open" | "closed")[] | null): Prisma.RequestWhereInput {
  if (!statuses || (statuses.includes("open") && statuses.includes("closed"))) return {};
  return statuses.includes("closed") ? { status: { in: CLOSED } } : { status: { notIn: CLOSED } };
}

// SQLite takes at most 999 bound parameters per statement; a page of 1000 is read in parts.
const IDS_PER_QUERY = 500;

async function latestPublicNotes(requestIds: number[]) {
  const notes = new Map<number, { messageTh: string; messageEn: string }>();
  for (let start = 0; start < requestIds.length; start += IDS_PER_QUERY) {
    const events = await db.requestEvent.findMany({
      where: { requestId: { in: requestIds.slice(start, start + IDS_PER_QUERY) }, public: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { requestId: true, messageTh: true, messageEn: true },
    });
    for (const event of events) notes.set(event.requestId, event);
  }
  return notes;
}

function namesOf(snapshot: CatalogueSnapshot, row: { serviceId: number; divisionId: number }, note: { messageTh: string; messageEn: string } | null) {
  const service = snapshot.services.find((s) => s.id === row.serviceId) ?? null;
  const division = [...snapshot.divisions.values()].find((d) => d.id === row.divisionId) ?? null;
  return { service, division, note };
}

const codeOf = (snapshot: CatalogueSnapshot, serviceId: number) => snapshot.services.find((s) => s.id === serviceId)?.code ?? "";
