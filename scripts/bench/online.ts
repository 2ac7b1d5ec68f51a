import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { chromium } from "playwright-core";
import { insertBulkRequests } from "../support/bulk-requests";
import { keyFileFor, startServer, tempDatabase } from "../support/server-process";
import { load, median } from "./load";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];
const SERVICE = "PUBLIC_INFRASTRUCTURE_REPAIR";
// The bench files from one address as many different people: the limits that stop a
// script would stop the bench first, so they are raised for this server only.
const UNLIMITED = { ONLINE_FILINGS_PER_ADDRESS_HOUR: "100000000", ONLINE_FILINGS_PER_PERSON_DAY: "100000000", TRACK_LOOKUPS_PER_ADDRESS_HOUR: "100000000" };

export type OnlineBench = {
  filing: { connections: number; filingsPerSecond: number; p50: number; p95: number; failures: number }[];
  trackPage: { connections: number; p50: number; p95: number; requestsPerSecond: number };
  lookup: { p50: number; p95: number; samples: number };
  javascriptKbGzip: number;
  baselineKbGzip: number;
  photo: { megabytes: number; medianMs: number; p95Ms: number; runs: number };
};

/**
 * The online channel (issue 10) against `npm start` on loopback, with `requests` requests in
 * the database: online filings without attachments (multipart, as the form sends them),
 * the tracking page by token, the reference + last-4 lookup, and the form's JavaScript.
 */
export async function benchOnline(options: { requests: number; seconds: number; rounds: number }): Promise<OnlineBench> {
  const database = tempDatabase();
  const server = await startServer(database, undefined, UNLIMITED);
  try {
    insertBulkRequests(database, options.requests);
    const filing = [];
    for (const connections of [5, 10, 20]) filing.push({ connections, ...(await benchFilings(server.url, connections, options)) });

    // The tracking page of requests spread through the table (one connection: server time).
    const tokens = (new Database(database, { readonly: true }).prepare(`SELECT trackingToken FROM "Request" ORDER BY random() LIMIT 500`).all() as { trackingToken: string }[]).map((r) => r.trackingToken);
    const trackRuns = [];
    await load(`${server.url}/track/${tokens[0]}`, 1, 2);
    for (let i = 0; i < options.rounds; i++) trackRuns.push(await load(`${server.url}/track/${tokens[i % tokens.length]}`, 1, options.seconds));
    if (trackRuns.some((r) => r.errors + r.non2xx > 0)) throw new Error("tracking page: failed requests");
    const trackPage = {
      connections: 1,
      p50: median(trackRuns.map((r) => r.p50)),
      p95: median(trackRuns.map((r) => r.p95)),
      requestsPerSecond: median(trackRuns.map((r) => r.requestsPerSecond)),
    };
    const javascriptKbGzip = await formJavaScript(`${server.url}/e-service/${SERVICE}`);
    // What every public page loads (Next.js, React, next-intl): the floor the form sits on.
    const baselineKbGzip = await formJavaScript(`${server.url}/services`);
    await server.stop();

    // The lookup's own work (limits, the indexed query, decrypting one record, the compare),
    // timed in this process against the same 200,000-request database.
    process.env.DATABASE_URL = `file:${database}`;
    process.env.DATA_KEY_FILE = keyFileFor(database);
    Object.assign(process.env, UNLIMITED, { TRACK_LOOKUPS_PER_REFERENCE_HOUR: "100000000" });
    const { findByReference } = await import("@/lib/tracking/find-by-reference");
    const references = (new Database(database, { readonly: true }).prepare(`SELECT reference FROM "Request" WHERE reference LIKE 'KO-%' LIMIT 200`).all() as { reference: string }[]).map((r) => r.reference);
    const times: number[] = [];
    for (let i = 0; i < 600; i++) {
      const reference = i % 2 === 0 ? references[i % references.length]! : `KO-2570-${String(900000 + i)}`;
      const started = performance.now();
      await findByReference(reference, i % 3 === 0 ? "7030" : "0000", "127.0.0.1");
      if (i >= 100) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const lookup = { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, samples: times.length };
    return { filing, trackPage, lookup, javascriptKbGzip, baselineKbGzip, photo: await photoBench() };
  } finally {
    await server.stop(); // a second stop is a no-op
  }
}

async function benchFilings(url: string, connections: number, options: { seconds: number; rounds: number }) {
  const results = [];
  for (let round = 0; round <= options.rounds; round++) {
    const bodies = Array.from({ length: 800 * options.seconds }, (_, i) => multipartFiling(i + round * 1_000_000));
    const result = await run(url, bodies, round === 0 ? 2 : options.seconds, connections);
    if (round > 0) results.push(result); // round 0 warms the server up
  }
  return {
    filingsPerSecond: median(results.map((r) => r.filingsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    failures: results.reduce((n, r) => n + r.failures, 0),
  };
}

const BOUNDARY = "----ko-bench-boundary";

/** One resident's filing as the browser's FormData sends it, each with its own key and citizen ID. */
function multipartFiling(n: number): string {
  const first12 = `3${String(100_000_000_000 + n).slice(-11)}`;
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  const fields: [string, string][] = [
    ["serviceCode", SERVICE],
    ["locale", "th"],
    ["idempotencyKey", crypto.randomUUID()],
    ["website", ""],
    ["citizenId", `${first12}${(11 - (sum % 11)) % 10}`],
    ["prefixTh", "นาย"],
    ["firstTh", "สมชาย"],
    ["lastTh", "ใจดี"],
    ["birthDate", "1980-05-01"],
    ["address", "12 หมู่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน"],
    ["phone", "0812345678"],
    ["email", ""],
    ["answer.problemType", "street_light"],
    ["answer.location", "หน้าวัดก้อ หมู่ 3"],
    ["latitude", "18.012345"],
    ["longitude", "98.912345"],
  ];
  return fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

async function run(url: string, bodies: string[], seconds: number, connections: number) {
  let next = 0;
  const latencies: number[] = [];
  let created = 0;
  const origin = new URL(url).origin;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/api/e-service/requests",
        headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
    setupClient(client) {
      client.on("response", (status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (status === 201) created++;
      });
    },
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { filingsPerSecond: created / seconds, p50: at(0.5), p95: at(0.95), failures: result.non2xx + result.errors + result.timeouts };
}

/** The JavaScript a phone downloads for the online form, gzipped. */
async function formJavaScript(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    return (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
  } finally {
    await browser.close();
  }
}

/**
 * A 5 MB phone photo accepted, checked by content, re-encoded without its metadata,
 * encrypted, written and its row saved (lib/files), timed in this process, as a filing
 * does it (each run on a request of its own: a request holds at most 5 files).
 */
async function photoBench(): Promise<OnlineBench["photo"]> {
  const { largePhoto } = await import("@/test/support/test-files");
  const { prepareAttachments, saveAttachments } = await import("@/lib/files/store");
  const { fileRequest } = await import("@/lib/requests/file-request");
  const { db } = await import("@/lib/db/client");
  const photo = new Uint8Array(await largePhoto(5));
  const times: number[] = [];
  for (let run = 0; run <= 7; run++) {
    const filed = await fileRequest({
      serviceCode: SERVICE,
      channel: "online",
      applicant: {
        citizenId: "1101700207030",
        nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
        nameEn: { prefix: "", first: "", middle: "", last: "" },
        birthDate: "1980-05-01",
        address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: "12 หมู่ 3" },
        phone: "0812345678",
      },
      identity: { source: "typed", detail: "bench" },
      answers: { problemType: "road", location: "หน้าวัด" },
      idempotencyKey: null,
      actor: { type: "system", label: "bench" },
    });
    const request = await db.request.findUniqueOrThrow({ where: { reference: filed.reference }, select: { id: true } });
    const started = performance.now();
    const prepared = await prepareAttachments([{ bytes: photo, name: "IMG_0001.jpg", fieldKey: "photos" }]);
    if (!prepared.ok) throw new Error(`the 5 MB photo was refused: ${prepared.code}`);
    await db.$transaction((tx) => saveAttachments(tx, request.id, prepared.prepared, { type: "applicant" }));
    if (run > 0) times.push(performance.now() - started); // run 0 warms sharp up
  }
  times.sort((a, b) => a - b);
  return { megabytes: photo.length / 1024 / 1024, medianMs: median(times), p95Ms: times[Math.floor(times.length * 0.95)] ?? times.at(-1)!, runs: times.length };
}
