import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@/lib/calendar/dates";

/**
 * The audit log's filters, as they travel in the page address (?user=&pk=&action=&from=&to=).
 * A citizen is filtered by `personKey` (the keyed hash requests and audit rows carry): the
 * admin types the ID into a form that posts it, and only the hash reaches the address.
 */
export type AuditFilter = {
  username?: string;
  personKey?: string;
  action?: string;
  from?: CalendarDate;
  to?: CalendarDate;
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v && isCalendarDate(v) ? v : undefined));

const filterSchema = z.object({
  username: optionalText(100),
  personKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional()
    .catch(undefined),
  action: optionalText(100),
  from: optionalDate,
  to: optionalDate,
});

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function param(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/** Filters from a query string or form; anything malformed is dropped, never an error. */
export function parseAuditFilter(params: Params): AuditFilter {
  const parsed = filterSchema.safeParse({
    username: param(params, "user"),
    personKey: param(params, "pk"),
    action: param(params, "action"),
    from: param(params, "from"),
    to: param(params, "to"),
  });
  if (!parsed.success) return {};
  const filter = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as AuditFilter;
  // A reversed range is read the way it was meant.
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  return filter;
}

/** The query string for a filter (and page), for links and redirects. */
export function auditFilterQuery(filter: AuditFilter, page?: number): string {
  const query = new URLSearchParams();
  if (filter.username) query.set("user", filter.username);
  if (filter.personKey) query.set("pk", filter.personKey);
  if (filter.action) query.set("action", filter.action);
  if (filter.from) query.set("from", filter.from);
  if (filter.to) query.set("to", filter.to);
  if (page && page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Calendar dates in Ko (UTC+7, no daylight saving) -> the instants that bound them. */
export function auditTimeRange(filter: AuditFilter): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00+07:00`);
  if (filter.to) range.lt = new Date(new Date(`${filter.to}T00:00:00+07:00`).getTime() + 24 * 60 * 60 * 1000);
  return range;
}
