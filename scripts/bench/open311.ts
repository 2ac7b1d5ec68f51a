import { createHash, randomBytes } from "node:crypto";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { insertBulkRequests } from "../support/bulk-requests";
import { startServer, tempDatabase } from "../support/server-process";
import { load, median, type LoadResult } from "./load";

// One key files everything here: its per-minute limit would stop the bench first.
const UNLIMITED = { OPEN311_POSTS_PER_KEY_MINUTE: "100000000", OPEN311_READS_PER_ADDRESS_MINUTE: "100000000" };

export type Open311Bench = {
  post: { connections: number; filingsPerSecond: number; p50: number; p95: number; failures: number }[];
  list: { rows: number; p50: number; p95: number; requestsPerSecond: number };
  single: { p50: number; p95: number; requestsPerSecond: number };
};

/**
 * Open311 (issue 11) against `npm start` on loopback with `requests` requests in the
 * database: filings through a key (form-encoded, as the specification sends them), the
 * 90-day list (its 1000 newest rows) and one request by id.
 */
export async function benchOpen311(options: { requests: number; seconds: number; rounds: number }): Promise<Open311Bench> {
  const database = tempDatabase();
  const server = await startServer(database, undefined, UNLIMITED);
  try {
    insertBulkRequests(database, options.requests);
    const key = `ko311_${randomBytes(32).toString("base64url")}`;
    const sqlite = new Database(database);
    sqlite.prepare(`INSERT INTO "ApiKey" ("name", "keyHash", "services", "createdAt") VALUES ('bench', ?, '[]', ?)`).run(createHash("sha256").update(key).digest("hex"), Date.now());
    sqlite.close();

    const post = [];
    for (const connections of [5, 10]) post.push({ connections, ...(await benchPosts(server.url, key, connections, options)) });

    const listUrl = `${server.url}/open311/v2/requests.json`;
    const rows = ((await (await fetch(listUrl)).json()) as unknown[]).length;
    await load(listUrl, 1, 2);
    const lists: LoadResult[] = [];
    for (let i = 0; i < options.rounds; i++) lists.push(await load(listUrl, 1, options.seconds));

    const reader = new Database(database, { readonly: true });
    const reference = (reader.prepare(`SELECT r."reference" FROM "Request" r JOIN "Service" s ON s."id" = r."serviceId" WHERE s."code" = 'PUBLIC_INFRASTRUCTURE_REPAIR' ORDER BY random() LIMIT 1`).get() as { reference: string }).reference;
    reader.close();
    const oneUrl = `${server.url}/open311/v2/requests/${reference}.json`;
    await load(oneUrl, 1, 2);
    const singles: LoadResult[] = [];
    for (let i = 0; i < options.rounds; i++) singles.push(await load(oneUrl, 1, options.seconds));
    if ([...lists, ...singles].some((r) => r.errors + r.non2xx > 0)) throw new Error("Open311 GET: failed requests");
    const summary = (runs: typeof lists) => ({ p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)), requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)) });
    return { post, list: { rows, ...summary(lists) }, single: summary(singles) };
  } finally {
    await server.stop();
  }
}

async function benchPosts(url: string, key: string, connections: number, options: { seconds: number; rounds: number }) {
  const body = new URLSearchParams({
    api_key: key,
    service_code: "PUBLIC_INFRASTRUCTURE_REPAIR",
    lat: "18.0123",
    long: "98.9123",
    address_string: "หน้าวัดก้อ หมู่ 3",
    description: "ไฟดับสามคืนแล้ว",
    "attribute[problemType]": "street_light",
    "attribute[location]": "หน้าวัดก้อ หมู่ 3",
    first_name: "Somsri",
    phone: "0898765432",
  }).toString();
  const results = [];
  for (let round = 0; round <= options.rounds; round++) {
    const latencies: number[] = [];
    let created = 0;
    const seconds = round === 0 ? 2 : options.seconds; // round 0 warms the server up
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: [{ method: "POST", path: "/open311/v2/requests.json", headers: { "content-type": "application/x-www-form-urlencoded" }, body }],
      setupClient(client) {
        client.on("response", (status: number, _bytes: number, responseTime: number) => {
          latencies.push(responseTime);
          if (status === 201) created++;
        });
      },
    });
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    if (round > 0) results.push({ filingsPerSecond: created / seconds, p50: at(0.5), p95: at(0.95), failures: result.non2xx + result.errors + result.timeouts });
  }
  return {
    filingsPerSecond: median(results.map((r) => r.filingsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    failures: results.reduce((n, r) => n + r.failures, 0),
  };
}
