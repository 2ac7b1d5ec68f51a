import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { publish, subscriberCount } from "@/lib/events/bus";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { divisionId, makeStaff, makeTicket } from "@/test/support/queue-fixtures";
import type { StaffSession } from "@/lib/auth/staff-session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createLiveRoutes } from "@/server/live-routes";

// Sessions by a test header, so the streams' own rules are what is under test.
const sessions = new Map<string, StaffSession | null>();
const routes = createLiveRoutes({
  getSession: async (headers) => sessions.get(headers.get("x-test-session") ?? "") ?? null,
  heartbeatMs: 100,
  revalidateMs: 100,
  staff: { total: 50, perKey: 3 },
  display: { total: 50, perKey: 20 },
});
let server: http.Server;
let base = "";
let ENG = 0;
let WEL = 0;

beforeAll(async () => {
  await seedDatabase(db);
  [ENG, WEL] = [await divisionId("ENGINEERING"), await divisionId("WELFARE")];
  server = http.createServer((req, res) => {
    void routes.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => sessions.clear());
afterAll(async () => {
  routes.closeAll();
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

const session = (key: string, role: StaffSession["role"], divisionIds: number[]): string => {
  sessions.set(key, { id: sessions.size + 1, role, divisionIds, username: key, displayName: key, divisionCodes: [], counterNumber: null });
  return key;
};
const busListeners = () => subscriberCount();

type Client = { response: Response; messages: { type: string; [key: string]: unknown }[]; comments: string[]; ended: boolean; close: () => void };

async function connect(path: string, sessionKey?: string): Promise<Client> {
  const controller = new AbortController();
  const response = await fetch(base + path, { headers: sessionKey ? { "x-test-session": sessionKey } : {}, signal: controller.signal });
  const client: Client = { response, messages: [], comments: [], ended: false, close: () => controller.abort() };
  if (!response.ok || !response.body) return client;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) break;
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        for (const line of buffer.slice(0, end).split("\n")) {
          if (line.startsWith("data: ")) client.messages.push(JSON.parse(line.slice(6)));
          else if (line.startsWith(": ")) client.comments.push(line.slice(2));
        }
        buffer = buffer.slice(end + 2);
      }
    }
    client.ended = true;
  })();
  return client;
}

const within = (ms: number, check: () => void) => vi.waitFor(check, { timeout: ms, interval: 5 });

describe("GET /api/display/events", () => {
  it("streams with the right headers, a snapshot first, then a ticket call within 1 s, and never a request event", async () => {
    await makeTicket({ division: "ENGINEERING", ticket: "C-001", createdAt: new Date(), queueDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10) });
    const display = await connect("/api/display/events");
    expect(display.response.status).toBe(200);
    expect(display.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(display.response.headers.get("cache-control")).toBe("no-store");
    expect(display.response.headers.get("x-accel-buffering")).toBe("no");
    await within(1000, () => expect(display.messages[0]?.type).toBe("snapshot"));

    publish({ type: "request.filed", divisionId: ENG, reference: "KO-2570-000001" });
    publish({ type: "request.changed", divisionId: ENG, reference: "KO-2570-000001", status: "done" });
    const officer = await makeStaff("OFFICER", ["ENGINEERING"], 3);
    const started = Date.now();
    await callNextTicket({ staff: officer });
    await within(1000, () => expect(display.messages.map((m) => m.type)).toContain("ticket.called"));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(display.messages.at(-1)).toMatchObject({
      type: "ticket.called",
      ticket: "C-001",
      counter: 3,
      recall: false,
      division: { code: "ENGINEERING", nameTh: "กองช่าง", nameEn: "Engineering Division" },
    });
    expect(display.messages.map((m) => m.type)).toEqual(["snapshot", "ticket.called"]);
    expect(JSON.stringify(display.messages)).not.toMatch(/KO-2570|reference|applicant/);
    display.close();
  });

  it("sends heartbeats, and lets go of the bus when the client leaves", async () => {
    await within(1000, () => expect(routes.openStreams).toBe(0));
    const listenersBefore = busListeners();
    const display = await connect("/api/display/events");
    await within(1000, () => expect(display.comments).toContain("heartbeat"));
    expect(busListeners()).toBe(listenersBefore + 1);
    display.close();
    await within(1000, () => expect(busListeners()).toBe(listenersBefore));
    await within(1000, () => expect(routes.openStreams).toBe(0));
  });

  it("answers GET only", async () => {
    const response = await fetch(`${base}/api/display/events`, { method: "POST" });
    expect(response.status).toBe(405);
  });
});

describe("shutdown", () => {
  it("a server with open streams still stops: its streams end once it stops listening", async () => {
    const other = http.createServer((req, res) => void routes.handle(req, res));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/api/display/events`;
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    const started = Date.now();
    await new Promise((resolve) => other.close(resolve));
    expect(Date.now() - started).toBeLessThan(2_000);
    controller.abort();
  });
});

describe("GET /api/staff/events", () => {
  it("refuses a request without a session", async () => {
    const anonymous = await connect("/api/staff/events");
    expect(anonymous.response.status).toBe(401);
    expect(await anonymous.response.json()).toEqual({ error: { code: "unauthorized" } });
  });

  it("passes a division's events to its staff within 1 s, and nothing of it to another division's", async () => {
    const engineer = await connect("/api/staff/events", session("eng", "OFFICER", [ENG]));
    const welfare = await connect("/api/staff/events", session("wel", "COUNTER", [WEL]));
    await within(1000, () => expect([engineer.comments, welfare.comments]).toEqual([["connected"], ["connected"]]));

    publish({ type: "request.filed", divisionId: ENG, reference: "KO-2570-000010" });
    publish({ type: "ticket.called", divisionId: ENG, ticket: "C-004", counter: 1, recall: false });
    publish({ type: "request.filed", divisionId: WEL, reference: "KO-2570-000011" });
    await within(1000, () => expect(engineer.messages).toHaveLength(2));
    await within(1000, () => expect(welfare.messages).toHaveLength(1));
    expect(engineer.messages).toEqual([
      { type: "request.filed", divisionId: ENG, reference: "KO-2570-000010" },
      { type: "ticket.called", divisionId: ENG, ticket: "C-004", counter: 1, recall: false },
    ]);
    expect(welfare.messages).toEqual([{ type: "request.filed", divisionId: WEL, reference: "KO-2570-000011" }]);
    engineer.close();
    welfare.close();
  });

  it("ends the stream when the session ends", async () => {
    const key = session("leaving", "HEAD", [ENG]);
    const client = await connect("/api/staff/events", key);
    await within(1000, () => expect(client.comments).toContain("connected"));
    sessions.set(key, null);
    await within(1000, () => expect(client.ended).toBe(true));
  });

  it("caps the streams one person may hold open", async () => {
    const key = session("tabs", "OFFICER", [ENG]);
    const open = [await connect("/api/staff/events", key), await connect("/api/staff/events", key), await connect("/api/staff/events", key)];
    const refused = await connect("/api/staff/events", key);
    expect(refused.response.status).toBe(503);
    open[0]!.close();
    await within(1000, async () => {
      const again = await connect("/api/staff/events", key);
      expect(again.response.status).toBe(200);
      open.push(again);
    });
    routes.closeAll();
    await within(1000, () => expect(open.every((c) => c.ended || c === open[0])).toBe(true));
    expect(routes.openStreams).toBe(0);
  });
});
