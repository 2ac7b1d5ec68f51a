import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import type { Role } from "@/lib/staff/roles";
import type { CounterStaff } from "@/lib/queue/queue-scope";

/**
 * Fixtures for the queue's integration tests: waiting tickets and members of staff,
 * written straight to the database (filing itself is tested in lib/requests).
 */

/** 10:00 in Ko on Wednesday 10 March 2027: the queue tests' "now", and its day. */
export const QUEUE_NOW = new Date("2027-03-10T03:00:00Z");
export const QUEUE_TODAY = "2027-03-10";
export const minutesAfterNow = (minutes: number) => new Date(QUEUE_NOW.getTime() + minutes * 60_000);

/** For a test file: the seeded database, emptied of requests, their events and audit entries before each test. */
export function resetQueueDatabaseEachTest(): void {
  beforeAll(() => seedDatabase(db));
  beforeEach(async () => {
    await db.auditLog.deleteMany();
    // Workflow actions (complete, reject, transfer settle tickets) leave timeline events.
    await db.requestEvent.deleteMany();
    await db.request.deleteMany();
  });
  afterAll(() => db.$disconnect());
}

let sequence = 0;
// A different block of sequence numbers per process, so fixtures added by separate runs never collide.
const base = 100_000 + Math.floor(Math.random() * 800) * 1_000;

export async function divisionId(code: string): Promise<number> {
  return (await db.division.findUniqueOrThrow({ where: { code } })).id;
}

export async function makeTicket(options: { division: string; ticket: string; createdAt: Date; queueDate: string }): Promise<string> {
  const division = await db.division.findUniqueOrThrow({ where: { code: options.division }, include: { services: { take: 1 } } });
  sequence += 1;
  const reference = `KO-2570-${base + sequence}`;
  await db.request.create({
    data: {
      reference,
      fiscalYear: 2570,
      sequence: base + sequence,
      trackingToken: randomUUID(),
      serviceId: division.services[0]!.id,
      divisionId: division.id,
      channel: "counter",
      status: "new",
      applicant: "{}",
      identitySource: "typed",
      dueDate: options.queueDate,
      queueDate: options.queueDate,
      queueTicket: options.ticket,
      ticketStatus: "waiting",
      createdAt: options.createdAt,
    },
  });
  return reference;
}

export async function makeStaff(role: Role, divisions: string[], counterNumber: number | null = null): Promise<CounterStaff> {
  const ids = await Promise.all(divisions.map(divisionId));
  const user = await db.staffUser.create({
    data: { username: `t-${randomUUID()}`, displayName: "Test", role, divisions: { create: ids.map((id) => ({ divisionId: id })) } },
  });
  return { id: user.id, role, divisionIds: ids, counterNumber };
}
