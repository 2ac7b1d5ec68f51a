import { z } from "zod";

/**
 * The tabs of a division's board. "overdue" is a lens across the open statuses whose legal
 * clock is running (waiting for the applicant pauses it), the others follow the status.
 */
export const BOARD_TABS = ["new", "in_progress", "waiting", "overdue", "done"] as const;
export type BoardTab = (typeof BOARD_TABS)[number];

export const OPEN_RUNNING = ["new", "in_progress"] as const;

/** The board's two lists: service requests and complaints (Request.kind), kept apart. */
export const BOARD_KINDS = ["requests", "complaints"] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
export const BOARD_KIND_OF: Record<BoardKind, "service" | "complaint"> = { requests: "service", complaints: "complaint" };

/** `?division=all`: every division the person may see on one board (lower case: no division code can be it). */
export const ALL_DIVISIONS = "all";

export const boardQuery = z.object({
  tab: z.enum(BOARD_TABS).catch("new"),
  kind: z.enum(BOARD_KINDS).catch("requests"),
  division: z
    .union([z.literal(ALL_DIVISIONS), z.string().regex(/^[A-Z]{2,20}$/)])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export function parseBoardQuery(params: Record<string, string | string[] | undefined>): BoardQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return boardQuery.parse({ tab: first(params.tab), kind: first(params.kind), division: first(params.division), page: first(params.page) ?? 1 });
}
