import { z } from "zod";

/** `?division=ENGINEERING&year=2570`: anything malformed falls back to the defaults (first division, current year). */
const reportQuery = z.object({
  // A division's code, or "all" for the total across the person's divisions.
  division: z
    .union([z.literal("all"), z.string().regex(/^[A-Z]{2,20}$/)])
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(2550).max(2700).optional().catch(undefined),
});
export type ReportQuery = z.infer<typeof reportQuery>;

export function parseReportQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): ReportQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  return reportQuery.parse({ division: get("division"), year: get("year") || undefined });
}
