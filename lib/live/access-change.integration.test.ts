import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";
import { db } from "@/lib/db/client";
import { publish } from "@/lib/events/bus";
import { resetStaffPassword } from "@/lib/staff/accounts/reset-password";
import { setStaffActive } from "@/lib/staff/accounts/set-staff-active";
import { updateStaffAccount } from "@/lib/staff/accounts/update-staff";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createLiveRoutes } from "@/server/live-routes";
import { divisionId } from "@/test/support/queue-fixtures";
import { CookieJar, createStaff } from "@/test/support/staff";

// Real sessions this time (signed in through lib/auth, read from the database), and a
// periodic check far beyond the test's patience: only the access-change signal can end a stream.
const routes = createLiveRoutes({ heartbeatMs: 60_000, revalidateMs: 10 * 60_000 });
let server: http.Server;
let base = "";

beforeAll(async () => {
  await seedDatabase(db);
  server = http.createServer((req, res) => void routes.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  routes.closeAll();
  await new Promise((resolve) => server.close(resolve));
});

async function signedIn(username: string, divisions = ["ENGINEERING"]) {
  const staff = await createStaff({ username, role: "OFFICER", divisions });
  return { staff, jar: await newSession(staff) };
}
async function newSession(staff: { username: string; password: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const result = await signIn({ username: staff.username, password: staff.password, counter: null }, jar.headers());
  if (result.status !== "signed-in") throw new Error(`sign-in: ${result.status}`);
  return jar.store(result.setCookies);
}

type Stream = { status: number; messages: { type: string; reference?: string }[]; ended: boolean; close: () => void };
async function openStream(jar: CookieJar): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/staff/events`, { headers: jar.headers(), signal: controller.signal });
  const stream: Stream = { status: response.status, messages: [], ended: false, close: () => controller.abort() };
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) break;
      for (const line of chunk.value.split("\n")) if (line.startsWith("data: ")) stream.messages.push(JSON.parse(line.slice(6)));
    }
    stream.ended = true;
  })();
  await vi.waitFor(() => expect(routes.openStreams).toBeGreaterThan(0), { timeout: 1000, interval: 5 });
  return stream;
}
const endsWithin = (ms: number, stream: Stream) => vi.waitFor(() => expect(stream.ended).toBe(true), { timeout: ms, interval: 5 });

describe("a session's live stream ends the moment the session does", () => {
  it("deactivation ends every stream of that person, and no event reaches it after", async () => {
    const { staff, jar } = await signedIn("stream.deactivated");
    const stream = await openStream(jar);
    const started = Date.now();
    await setStaffActive({ id: staff.id }, false, "cli");
    publish({ type: "request.filed", divisionId: await divisionId("ENGINEERING"), reference: "KO-2570-009001" });
    await endsWithin(1000, stream);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(stream.messages).toEqual([]);
  });

  it("signing out ends that session's stream, and another session of the same person stays open", async () => {
    const { staff, jar } = await signedIn("stream.signout");
    const phone = await newSession(staff);
    const [desk, pocket] = [await openStream(jar), await openStream(phone)];
    await signOut(jar.headers());
    await endsWithin(1000, desk);

    const ENG = await divisionId("ENGINEERING");
    publish({ type: "request.filed", divisionId: ENG, reference: "KO-2570-009002" });
    await vi.waitFor(() => expect(pocket.messages.map((m) => m.reference)).toEqual(["KO-2570-009002"]), { timeout: 1000, interval: 5 });
    expect(pocket.ended).toBe(false);
    pocket.close();
  });

  it("a password reset by the ADMIN ends the streams at once", async () => {
    const { staff, jar } = await signedIn("stream.reset");
    const stream = await openStream(jar);
    await resetStaffPassword({ id: staff.id }, "cli");
    await endsWithin(1000, stream);
  });

  it("a change of divisions applies to the open stream at once: the old division's events stop, the new one's arrive", async () => {
    const { staff, jar } = await signedIn("stream.moved");
    const stream = await openStream(jar);
    await updateStaffAccount({ id: staff.id }, { divisionCodes: ["WELFARE"] }, "cli");
    publish({ type: "request.filed", divisionId: await divisionId("ENGINEERING"), reference: "KO-2570-009003" });
    publish({ type: "request.filed", divisionId: await divisionId("WELFARE"), reference: "KO-2570-009004" });
    await vi.waitFor(() => expect(stream.messages.map((m) => m.reference)).toEqual(["KO-2570-009004"]), { timeout: 1000, interval: 5 });
    expect(stream.ended).toBe(false);
    stream.close();
  });
});
