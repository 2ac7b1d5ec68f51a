import { bangkokDate } from "@/lib/calendar/dates";
import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { maskName } from "@/lib/privacy/mask";
import { readApplicant } from "./applicant";
import { clockState } from "./clock";
import type { RequestStatus } from "./status";

/** What the public tracking page shows: nothing personal beyond a masked name. */
export type TrackingView = {
  reference: string;
  status: RequestStatus;
  service: { th: string; en: string };
  division: { th: string; en: string };
  filedAt: Date;
  dueDate: string;
  /** A complaint's day to be acknowledged by, while no one has yet (null otherwise). */
  acknowledgeBy: string | null;
  queueTicket: string | null;
  maskedName: { th: string; en: string };
  timeline: { type: string; at: Date; message: { th: string; en: string } }[];
  /** While waiting for the applicant: what staff asked for, which the resident may upload here. */
  defects: { items: string[]; respondBy: string | null } | null;
};

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

export async function getTracking(token: string, now: Date = new Date()): Promise<TrackingView | null> {
  if (!TOKEN.test(token)) return null;
  const request = await db.request.findUnique({
    where: { trackingToken: token },
    include: {
      service: { select: { nameTh: true, nameEn: true } },
      division: { select: { nameTh: true, nameEn: true } },
      events: { where: { public: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!request) return null;
  const applicant = readApplicant(request.applicant, request.reference);
  return {
    reference: request.reference,
    status: request.status as RequestStatus,
    service: { th: request.service.nameTh, en: request.service.nameEn },
    division: { th: request.division.nameTh, en: request.division.nameEn },
    filedAt: request.createdAt,
    // While waiting for the applicant, the date moves later with each working day waited.
    dueDate: clockState({ status: request.status as RequestStatus, dueDate: request.dueDate, pausedSince: request.pausedSince }, bangkokDate(now), await holidayCalendar()).dueDate,
    acknowledgeBy: request.status === "new" ? request.acknowledgeBy : null,
    queueTicket: request.queueTicket,
    maskedName: applicant.success
      ? { th: maskName(applicant.data.nameTh), en: maskName(applicant.data.nameEn) }
      : { th: "", en: "" },
    defects: request.status === "waiting_applicant" ? lastDefects(request.events) : null,
    timeline: request.events.map((event) => ({
      type: event.type,
      at: event.createdAt,
      message: { th: event.messageTh, en: event.messageEn },
    })),
  };
}

function lastDefects(events: { type: string; detail: string }[]): TrackingView["defects"] {
  const recorded = events.findLast((event) => event.type === "defects_recorded");
  if (!recorded) return null;
  try {
    const detail = JSON.parse(recorded.detail) as { defects?: unknown; respondBy?: unknown };
    const items = Array.isArray(detail.defects) ? detail.defects.filter((d): d is string => typeof d === "string") : [];
    return { items, respondBy: typeof detail.respondBy === "string" ? detail.respondBy : null };
  } catch {
    return { items: [], respondBy: null };
  }
}
