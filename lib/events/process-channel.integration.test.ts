import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { mailQueued, onMailQueued } from "@/lib/mail/kick";
import { findActiveService, invalidateCatalogue, listActiveServices } from "@/lib/services/catalogue";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { startPeer, type Peer } from "@/test/support/bus-peer";
import { onPostgres } from "@/test/support/engine";
import { onAccessChange, publish, publishAccessChange, subscribe, type LiveEvent } from "./bus";
import { processChannel } from "./process-channel";

beforeAll(async () => {
  await seedDatabase(db);
  await processChannel().ready();
});
afterAll(async () => {
  await processChannel().close();
  await db.$disconnect();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let serial = 0;
const ticketCall = (): LiveEvent => ({ type: "ticket.called", divisionId: 1, ticket: `T${++serial}`, counter: 2, recall: false });

/** Polls `check` on the real clock until it holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await pause(20);
  }
  return performance.now() - start;
}

describe("the live channel inside one process (either engine)", () => {
  it("gives a published event to this process's subscribers at once, and once (not again when PostgreSQL echoes it)", async () => {
    const received: LiveEvent[] = [];
    const stop = subscribe((event) => received.push(event));
    const event = ticketCall();
    publish(event);
    expect(received).toEqual([event]);
    await pause(300);
    expect(received).toEqual([event]);
    stop();
    publish(ticketCall());
    expect(received).toHaveLength(1);
  });

  it("gives access changes and mail kicks at once", () => {
    const access: number[] = [];
    let kicks = 0;
    const stops = [onAccessChange((id) => access.push(id)), onMailQueued(() => kicks++)];
    publishAccessChange(41);
    mailQueued();
    expect(access).toEqual([41]);
    expect(kicks).toBe(1);
    for (const stop of stops) stop();
  });

  it("drops the catalogue snapshot when any copy of the catalogue module says a service changed", async () => {
    // The clock stands still, so the 2-s reload cannot be what shows the edit.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const [first] = await listActiveServices();
      await db.service.update({ where: { code: first!.code }, data: { nameEn: "Renamed in another copy" } });
      expect((await findActiveService(first!.code))?.name.en).not.toBe("Renamed in another copy");
      // What invalidateCatalogue() in the other copy (Next's bundle or server/) sends.
      processChannel().send({ kind: "catalogue" });
      expect((await findActiveService(first!.code))?.name.en).toBe("Renamed in another copy");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe.runIf(onPostgres)("between server processes on PostgreSQL (on SQLite there is one process)", () => {
  let peer: Peer;
  beforeAll(async () => {
    peer = await startPeer();
  }, 30_000);
  afterAll(() => peer?.stop());

  it("an event published here reaches the other process's subscribers within 1 s", async () => {
    const event = ticketCall();
    const arrived = peer.next((line) => JSON.stringify(line.event) === JSON.stringify(event), 1_000);
    publish(event);
    await arrived;
  });

  it("an event published there reaches this process's subscribers within 1 s, once", async () => {
    const event: LiveEvent = { type: "request.filed", divisionId: 2, reference: `KO-2570-${String(++serial).padStart(6, "0")}` };
    const received: LiveEvent[] = [];
    const stop = subscribe((each) => received.push(each));
    try {
      peer.send({ publish: event });
      await within(1_000, async () => received.length > 0);
      await pause(300);
      expect(received).toEqual([event]);
    } finally {
      stop();
    }
  });

  it("access changes and mail kicks reach the other process (the mail job may run there)", async () => {
    const access = peer.next((line) => line.access === 77);
    publishAccessChange(77);
    await access;
    const kick = peer.next((line) => line.mail === true);
    mailQueued();
    await kick;
  });

  it("a service edited in the other process is shown here at once, not at the 2-s reload", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const [first] = await listActiveServices();
      expect(first!.name.en).not.toBe("Renamed by the other process");
      peer.send({ rename: { code: first!.code, nameEn: "Renamed by the other process" } });
      await within(1_000, async () => (await findActiveService(first!.code))?.name.en === "Renamed by the other process");
    } finally {
      vi.useRealTimers();
    }
  });

  it("an invalidation made here reaches the other process", async () => {
    const told = peer.next((line) => line.catalogue === true);
    invalidateCatalogue();
    await told;
  });

  it("listens again after the server ends its listening connections", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'ko live channel'`;
      // Both processes reconnect after a second or so; until then a message may be lost, so keep sending.
      await within(10_000, async () => {
        const event = ticketCall();
        const arrived = peer.next((line) => JSON.stringify(line.event) === JSON.stringify(event), 400).then(
          () => true,
          () => false,
        );
        publish(event);
        return arrived;
      });
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[ko\] live channel connection lost \(.+\); reconnecting$/));
    } finally {
      error.mockRestore();
    }
  }, 20_000);
});
