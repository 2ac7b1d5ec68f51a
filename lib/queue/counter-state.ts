import { bangkokDate } from "@/lib/calendar/dates";
import { db } from "@/lib/db/client";
import { can } from "@/lib/staff/policy";
import { allDivisions, callableDivisions, type CounterStaff, type QueueDivision } from "./queue-scope";
import { settleOutcome, type SettleOutcome } from "./settle-ticket";

export type CounterQueue = { division: QueueDivision; waiting: number; next: string | null };

export type CurrentTicket = {
  /** Null when the ticket is another division's (this person may not act on it). */
  reference: string | null;
  ticket: string;
  counter: number;
  division: QueueDivision;
  calledAt: Date;
};

/** A ticket called today and marked a no-show, which the resident may still come back for. */
export type MissedTicket = { reference: string; ticket: string; division: QueueDivision; calledAt: Date };

export type CounterState = {
  date: string;
  counter: number | null;
  /** The person's queues (divisions whose tickets they may call), with today's waiting counts. */
  queues: CounterQueue[];
  /** The ticket called to this counter and not yet closed. */
  current: CurrentTicket | null;
  /** Today's no-shows in the person's queues, latest call first (at most MISSED_SHOWN). */
  missed: MissedTicket[];
  /**
   * The ticket last called to this counter, when no ticket is there now and that one was
   * settled because its request was completed, rejected or transferred meanwhile: the panel
   * says why it left, instead of it silently vanishing.
   */
  settledHere: { ticket: string; outcome: SettleOutcome } | null;
};

const MISSED_SHOWN = 10;

/** What the counter panel shows an officer at `counter` (the session's when left out). */
export async function getCounterState(input: { staff: CounterStaff; counter?: number | null; now?: Date }): Promise<CounterState> {
  const date = bangkokDate(input.now ?? new Date());
  const counter = input.counter ?? input.staff.counterNumber ?? null;
  const divisions = await callableDivisions(input.staff);
  const ids = divisions.map((d) => d.id);

  const [counts, firsts, current, missed, last] = await Promise.all([
    db.request.groupBy({ by: ["divisionId"], where: { divisionId: { in: ids }, queueDate: date, ticketStatus: "waiting" }, _count: { _all: true } }),
    Promise.all(
      ids.map((divisionId) =>
        db.request.findFirst({
          where: { divisionId, queueDate: date, ticketStatus: "waiting" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { queueTicket: true },
        }),
      ),
    ),
    counter === null ? null : currentTicket(input.staff, date, counter),
    db.request.findMany({
      where: { divisionId: { in: ids }, queueDate: date, ticketStatus: "no_show" },
      orderBy: [{ ticketCalledAt: "desc" }, { id: "desc" }],
      take: MISSED_SHOWN,
      select: { reference: true, queueTicket: true, divisionId: true, ticketCalledAt: true },
    }),
    counter === null ? null : lastCalledHere(date, counter),
  ]);

  const queues = divisions.map((division, index) => ({
    division,
    waiting: counts.find((c) => c.divisionId === division.id)?._count._all ?? 0,
    next: firsts[index]?.queueTicket ?? null,
  }));
  return {
    date,
    counter,
    queues,
    current,
    missed: missed.map((row) => ({
      reference: row.reference,
      ticket: row.queueTicket ?? "",
      division: divisions.find((d) => d.id === row.divisionId)!,
      calledAt: row.ticketCalledAt ?? new Date(0),
    })),
    settledHere:
      !current && last?.ticketStatus === "settled" && last.queueTicket ? { ticket: last.queueTicket, outcome: settleOutcome(last.status) } : null,
  };
}

async function lastCalledHere(date: string, counter: number) {
  const divisions = await allDivisions();
  return db.request.findFirst({
    where: { divisionId: { in: divisions.map((d) => d.id) }, queueDate: date, ticketCounter: counter, ticketCalledAt: { not: null } },
    orderBy: [{ ticketCalledAt: "desc" }, { id: "desc" }],
    select: { queueTicket: true, ticketStatus: true, status: true },
  });
}

async function currentTicket(staff: CounterStaff, date: string, counter: number): Promise<CurrentTicket | null> {
  const divisions = await allDivisions();
  const row = await db.request.findFirst({
    where: { divisionId: { in: divisions.map((d) => d.id) }, queueDate: date, ticketStatus: "called", ticketCounter: counter },
    orderBy: { ticketCalledAt: "desc" },
    select: { reference: true, queueTicket: true, divisionId: true, ticketCalledAt: true },
  });
  if (!row || !row.queueTicket) return null;
  return {
    reference: can(staff, "ticket.call", row.divisionId) ? row.reference : null,
    ticket: row.queueTicket,
    counter,
    division: divisions.find((d) => d.id === row.divisionId)!,
    calledAt: row.ticketCalledAt ?? new Date(0),
  };
}
