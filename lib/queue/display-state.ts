import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { RECENT_LIMIT, type DisplayState, type DisplayTicket } from "./display-model";
import { allDivisions } from "./queue-scope";

/**
 * The waiting-room display's state from the database: today's tickets being served (one
 * per counter, the latest call) and the last few calls. Public: tickets, counters and
 * divisions only, never who filed what.
 */
export async function getDisplayState(options: { now?: Date; recentLimit?: number } = {}): Promise<DisplayState> {
  const date = bangkokDate(options.now ?? new Date());
  const divisions = await allDivisions();
  const byId = new Map(divisions.map((d) => [d.id, { code: d.code, nameTh: d.nameTh, nameEn: d.nameEn }]));
  const rows = await db.request.findMany({
    // Every division listed, so SQLite answers from the (divisionId, queueDate, ticketStatus) index.
    where: { divisionId: { in: [...byId.keys()] }, queueDate: date, ticketStatus: { in: ["called", "served", "no_show"] }, ticketCalledAt: { not: null } },
    orderBy: [{ ticketCalledAt: "desc" }, { id: "desc" }],
    select: { queueTicket: true, ticketCounter: true, ticketStatus: true, ticketCalledAt: true, divisionId: true },
  });
  const tickets: DisplayTicket[] = rows.flatMap((row) =>
    row.queueTicket && row.ticketCounter !== null && row.ticketCalledAt
      ? [
          {
            ticket: row.queueTicket,
            counter: row.ticketCounter,
            division: byId.get(row.divisionId)!,
            status: row.ticketStatus as DisplayTicket["status"],
            calledAt: row.ticketCalledAt.toISOString(),
          },
        ]
      : [],
  );
  const serving: DisplayTicket[] = [];
  for (const ticket of tickets) {
    if (ticket.status === "called" && !serving.some((s) => s.counter === ticket.counter)) serving.push(ticket);
  }
  serving.sort((a, b) => a.counter - b.counter);
  return { date, serving, recent: tickets.slice(0, options.recentLimit ?? RECENT_LIMIT) };
}
