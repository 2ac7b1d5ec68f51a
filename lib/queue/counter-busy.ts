import type { Prisma } from "@/lib/db/generated/client";
import { lockForTransaction } from "@/lib/db/transaction-lock";
import { AppError } from "@/lib/errors/app-error";
import type { QueueErrorCode } from "./queue-scope";

/**
 * A counter serves one ticket at a time: refuse (`counter_busy`, naming the ticket) while
 * a ticket of any division is still called to it today. Run it inside the transaction that
 * calls the next ticket, so a double tap cannot call two (on PostgreSQL the counter's
 * lock makes the second tap wait for the first to commit, then see its ticket).
 */
export async function assertCounterFree(tx: Prisma.TransactionClient, counter: number, today: string): Promise<void> {
  await lockForTransaction(tx, `counter:${today}:${counter}`);
  // Every division listed, so SQLite answers from the (divisionId, queueDate, ticketStatus) index.
  // Read through the transaction, not the catalogue: a catalogue reload inside a transaction
  // needs a second pooled connection on PostgreSQL, and twenty taps holding all ten wait for ever.
  const everyDivision = (await tx.division.findMany({ select: { id: true } })).map((d) => d.id);
  const busy = await tx.request.findFirst({
    where: { divisionId: { in: everyDivision }, queueDate: today, ticketStatus: "called", ticketCounter: counter },
    select: { queueTicket: true },
  });
  if (busy) throw new AppError<QueueErrorCode>("counter_busy", { ticket: busy.queueTicket });
}
