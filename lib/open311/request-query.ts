/**
 * GET /requests parameters (GeoReport v2): service_request_id (a comma list, which
 * overrides the rest), service_code, start_date, end_date (w3c datetimes) and status.
 * Without dates, the last 90 days; a range may not be longer than 90 days.
 */
export type RequestQuery =
  | { kind: "ids"; ids: string[] }
  | { kind: "range"; serviceCodes: string[] | null; start: Date; end: Date; statuses: ("open" | "closed")[] | null };

export type RequestQueryResult = { ok: true; query: RequestQuery } | { ok: false; description: string };

export const MAX_RANGE_DAYS = 90;
export const MAX_REQUESTS = 1000;
const DAY = 86_400_000;
// A w3c datetime with a time zone (Z or ±hh:mm); seconds and fractions optional.
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const list = (value: string) => value.split(",").map((part) => part.trim()).filter(Boolean);

export function parseRequestQuery(params: URLSearchParams, now: Date): RequestQueryResult {
  const ids = params.get("service_request_id");
  if (ids !== null) {
    const wanted = list(ids);
    if (wanted.length === 0 || wanted.length > 100) return { ok: false, description: "service_request_id must list 1 to 100 ids, separated by commas" };
    return { ok: true, query: { kind: "ids", ids: wanted } };
  }
  const start = readDate(params.get("start_date"));
  const end = readDate(params.get("end_date"));
  if (start === "invalid") return { ok: false, description: "start_date is not a w3c datetime (e.g. 2026-12-01T00:00:00+07:00)" };
  if (end === "invalid") return { ok: false, description: "end_date is not a w3c datetime (e.g. 2026-12-31T23:59:59+07:00)" };
  const to = end ?? (start ? new Date(Math.min(start.getTime() + MAX_RANGE_DAYS * DAY, now.getTime())) : now);
  const from = start ?? new Date(to.getTime() - MAX_RANGE_DAYS * DAY);
  if (from > to) return { ok: false, description: "start_date is after end_date" };
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) return { ok: false, description: `The date range may not be longer than ${MAX_RANGE_DAYS} days` };

  const status = params.get("status");
  const statuses = status === null ? null : list(status);
  if (statuses && (statuses.length === 0 || statuses.some((s) => s !== "open" && s !== "closed"))) {
    return { ok: false, description: "status must be open or closed" };
  }
  const codes = params.get("service_code");
  return {
    ok: true,
    query: { kind: "range", serviceCodes: codes === null ? null : list(codes), start: from, end: to, statuses: statuses as ("open" | "closed")[] | null },
  };
}

function readDate(value: string | null): Date | null | "invalid" {
  if (value === null || value === "") return null;
  if (!W3C.test(value)) return "invalid";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "invalid" : date;
}
