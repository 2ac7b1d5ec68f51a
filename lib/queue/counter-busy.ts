import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { allDivisions, type QueueErrorCode } from "./queue-scope";

/**
 * A counter serves one ticket at a time: refuse (`counter_busy`, naming the ticket) while
 * a ticket of any division is still called to it today. Run it inside the transaction that
 * calls the next ticket, so a double tap cannot call two.
 */
export async function assertCounterFree(tx: Prisma.TransactionClient, counter: number, today: string): Promise<void> {
  // Every division listed, so SQLite answers from the (divisionId, queueDate, ticketStatus) index.
  const everyDivision = (await allDivisions()).map((d) => d.id);
  const busy = await tx.request.findFirst({
    where: { divisionId: { in: everyDivision }, queueDate: today, ticketStatus: "called", ticketCounter: counter },
    select: { queueTicket: true },
  });
  if (busy) throw new AppError<QueueErrorCode>("counter_busy", { ticket: busy.queueTicket });
}
