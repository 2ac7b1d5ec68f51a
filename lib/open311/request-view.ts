import type { Locale } from "@/lib/i18n/localized";

/**
 * One request as GeoReport v2 shows it to anyone who asks: no key, so never a name,
 * citizen ID, phone, email or answer. Where it is and what was said about it are shown
 * only for what another system sent through Open311, whose fields are public by the
 * specification's design; a resident's kiosk or online filing keeps its place private.
 */
export type Open311Request = {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

export type RequestRow = {
  reference: string;
  status: string;
  channel: string;
  dueDate: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  locationText: string | null;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
  mediaUrl: string | null;
};

export type RequestNames = {
  service: { code: string; name: { th: string; en: string } } | null;
  division: { nameTh: string; nameEn: string } | null;
  /** The latest public timeline message (what the resident's tracking page shows last). */
  note: { messageTh: string; messageEn: string } | null;
};

/** Closed: decided either way (done or rejected); everything else is still open. */
export const isClosed = (status: string) => status === "done" || status === "rejected";

export function toOpen311Request(row: RequestRow, names: RequestNames, serviceCode: string, locale: Locale): Open311Request {
  const sent = row.channel === "open311";
  const closed = isClosed(row.status);
  return {
    service_request_id: row.reference,
    status: closed ? "closed" : "open",
    status_notes: names.note ? (locale === "th" ? names.note.messageTh : names.note.messageEn || names.note.messageTh) || null : null,
    service_name: names.service ? names.service.name[locale] : null,
    service_code: serviceCode,
    description: sent ? row.description : null,
    agency_responsible: names.division ? (locale === "th" ? names.division.nameTh : names.division.nameEn) : null,
    service_notice: null,
    requested_datetime: w3cBangkok(row.createdAt),
    updated_datetime: w3cBangkok(closed ? (row.completedAt ?? row.updatedAt) : row.updatedAt),
    // The legal due date, at the office's closing time.
    expected_datetime: `${row.dueDate}T16:30:00+07:00`,
    address: sent ? row.locationText : null,
    lat: sent ? row.latitude : null,
    long: sent ? row.longitude : null,
    media_url: sent ? row.mediaUrl : null,
  };
}

/** A w3c datetime in Thailand's time (UTC+7, no daylight saving), as people there read it. */
export function w3cBangkok(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}
