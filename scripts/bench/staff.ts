import { CookieJar, createStaff } from "@/test/support/staff";
import { makeKiosk, signedFiling } from "@/test/support/kiosk-device";
import { signIn } from "@/lib/auth/sign-in";
import { insertBulkRequests } from "../support/bulk-requests";
import { startServer, tempDatabase } from "../support/server-process";
import { load, median } from "./load";

export type StaffBench = {
  requests: number;
  boards: { tab: string; connections: number; requestsPerSecond: number; p50: number; p95: number }[];
  /** The combined board of all five divisions (what an ADMIN opens on), one connection. */
  allBoards: { tab: string; requestsPerSecond: number; p50: number; p95: number }[];
  report: { requestsPerSecond: number; p50: number; p95: number };
  allReport: { requestsPerSecond: number; p50: number; p95: number };
  fanOut: { boards: number; filings: number; medianAllReachedMs: number; worstAllReachedMs: number };
};

/**
 * The staff console with a few years of work in the database: the division board's server
 * time per tab, and how long a kiosk filing takes to reach 50 open boards.
 */
export async function benchStaff(options: { requests: number; seconds: number; rounds: number }): Promise<StaffBench> {
  const database = tempDatabase();
  const server = await startServer(database);
  try {
    insertBulkRequests(database, options.requests);
    process.env.DATABASE_URL = `file:${database}`;
    const cookie = await sessionCookie("bench_officer", "OFFICER");

    // One connection: the server's own time per board; five: officers refreshing at once.
    const boards = [];
    for (const connections of [1, 5]) {
      for (const tab of ["new", "overdue", "done"]) {
        const url = `${server.url}/staff?division=ENGINEERING&tab=${tab}`;
        await load(url, connections, 2, { cookie }); // warm-up
        const runs = [];
        for (let i = 0; i < options.rounds; i++) runs.push(await load(url, connections, options.seconds, { cookie }));
        const failed = runs.find((r) => r.errors + r.non2xx > 0);
        if (failed) throw new Error(`board ${tab}, ${connections} connection(s): ${failed.non2xx} non-2xx answers, ${failed.errors} errors/timeouts`);
        boards.push({
          tab,
          connections,
          requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
          p50: median(runs.map((r) => r.p50)),
          p95: median(runs.map((r) => r.p95)),
        });
      }
    }
    // One connection, server time: a URL measured over the rounds after a warm-up.
    const measure = async (url: string, sessionCookie: string, what: string) => {
      await load(url, 1, 2, { cookie: sessionCookie });
      const runs = [];
      for (let i = 0; i < options.rounds; i++) runs.push(await load(url, 1, options.seconds, { cookie: sessionCookie }));
      if (runs.some((r) => r.errors + r.non2xx > 0)) throw new Error(`${what}: failed requests`);
      return { requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)), p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)) };
    };
    // Every division on one board: an officer of all five sees what an ADMIN opens on (the
    // same queries; an ADMIN's sign-in needs an authenticator code).
    const allCookie = await sessionCookie("bench_all", "OFFICER", ALL_FIVE);
    const allBoards = [];
    for (const tab of ["new", "overdue", "done"]) allBoards.push({ tab, ...(await measure(`${server.url}/staff?division=all&tab=${tab}`, allCookie, `all-divisions board ${tab}`)) });
    // The division head's report for the current fiscal year, and the total across all five.
    const headCookie = await sessionCookie("bench_head", "HEAD");
    const report = await measure(`${server.url}/staff/reports?division=ENGINEERING`, headCookie, "report");
    const allHeadCookie = await sessionCookie("bench_head_all", "HEAD", ALL_FIVE);
    const allReport = await measure(`${server.url}/staff/reports?division=all`, allHeadCookie, "all-divisions report");
    return { requests: options.requests, boards, allBoards, report, allReport, fanOut: await fanOut([server.url], server.url, cookie, 50, 5) };
  } finally {
    await server.stop();
  }
}

const ALL_FIVE = ["PALAD", "FINANCE", "ENGINEERING", "WELFARE", "STRATEGY"];

/** A signed-in session's cookie header (Engineering Division unless told). */
export async function sessionCookie(username: string, role: "OFFICER" | "HEAD", divisions = ["ENGINEERING"]): Promise<string> {
  const staff = await createStaff({ username, role, divisions });
  const jar = new CookieJar();
  const signedIn = await signIn({ username: staff.username, password: staff.password, counter: null }, jar.headers());
  if (signedIn.status !== "signed-in") throw new Error(`bench sign-in: ${signedIn.status}`);
  jar.store(signedIn.setCookies);
  return jar.headers().get("cookie")!;
}

/**
 * Boards listening (shared out among the servers given); each kiosk filing, sent to `fileTo`,
 * is timed until the last board has heard of it.
 */
export async function fanOut(boardUrls: string[], fileTo: string, cookie: string, boardCount: number, filings: number): Promise<StaffBench["fanOut"]> {
  const heard = new Map<string, number[]>();
  const controller = new AbortController();
  const streams = await Promise.all(
    Array.from({ length: boardCount }, async (_, i) => {
      const response = await fetch(`${boardUrls[i % boardUrls.length]}/api/staff/events`, { headers: { cookie }, signal: controller.signal });
      if (response.status !== 200) throw new Error(`event stream: HTTP ${response.status}`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message.split("\n").find((line) => line.startsWith("data:"));
            if (!data) continue;
            const event = JSON.parse(data.slice(5)) as { type: string; reference?: string };
            if (event.type !== "request.filed" || !event.reference) continue;
            // Events can arrive before the filing's own HTTP answer does: keep them all.
            if (!heard.has(event.reference)) heard.set(event.reference, []);
            heard.get(event.reference)!.push(performance.now());
          }
        }
      })();
    }),
  );
  void streams;
  const kiosk = await makeKiosk(`Bench kiosk ${Date.now()}`);
  const times: number[] = [];
  for (let i = 0; i < filings; i++) {
    const body = await signedFiling(kiosk);
    const started = performance.now();
    const response = await fetch(`${fileTo}/api/kiosk/requests`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const { reference } = (await response.json()) as { reference: string };
    const arrivals = () => heard.get(reference) ?? [];
    const deadline = performance.now() + 5_000;
    while (arrivals().length < boardCount && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    if (arrivals().length < boardCount) throw new Error(`only ${arrivals().length} of ${boardCount} boards heard of ${reference}`);
    times.push(Math.max(...arrivals()) - started);
  }
  controller.abort();
  return { boards: boardCount, filings, medianAllReachedMs: median(times), worstAllReachedMs: Math.max(...times) };
}
