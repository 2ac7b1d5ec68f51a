/**
 * `npm run bench`: the figures the issues ask for, as medians over several rounds
 * (this is a shared 2-core machine: single runs are noisy).
 * `npm run bench -- staff` (or foundation, kiosk, encryption, online, open311, integrity, transparency, hosting) runs one section.
 *
 *   BENCH_ROUNDS (default 3), BENCH_SECONDS per load round (default 5).
 *   BENCH_POSTGRES_URL (or TEST_POSTGRES_URL): a PostgreSQL server and a role that may create
 *   databases, for the hosting section's PostgreSQL half.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasBuild } from "../setup/build-if-missing";
import { benchFiling } from "./filing";
import { benchPostgres, benchSqlite, type EngineFigures } from "./hosting";
import { benchIntegrity, summary } from "./integrity";
import { benchKioskPage } from "./kiosk-page";
import { benchOnline } from "./online";
import { benchOpen311 } from "./open311";
import { benchStaff } from "./staff";
import { benchTransparency } from "./transparency";
import { load, median } from "./load";
import { startServer, tempDatabase } from "../support/server-process";
import { migrateDatabase } from "../setup/migrate-database";
import { sqliteAt } from "@/lib/db/database-url";

const ROOT = path.resolve(__dirname, "..", "..");
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");

async function coldStart(): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const database = tempDatabase();
    const first = await startServer(database);
    cold.push(first.readyMs);
    await first.stop();
    const second = await startServer(database);
    warm.push(second.readyMs);
    await second.stop();
  }
  console.log(`npm start, new database -> healthy:      median ${fmt(median(cold))} ms  (runs: ${cold.map(fmt).join(", ")})`);
  console.log(`npm start, existing database -> healthy: median ${fmt(median(warm))} ms  (runs: ${warm.map(fmt).join(", ")})`);
}

async function throughput(): Promise<void> {
  const server = await startServer(tempDatabase());
  try {
    for (const [name, pathname] of [
      ["GET /services (Thai catalogue page)", "/services"],
      ["GET /open311/v2/services.json", "/open311/v2/services.json"],
    ] as const) {
      await load(`${server.url}${pathname}`, 50, 3); // warm-up: JIT and caches
      const results = [];
      for (let i = 0; i < rounds; i++) results.push(await load(`${server.url}${pathname}`, 50, seconds));
      const failures = results.reduce((n, r) => n + r.errors + r.non2xx, 0);
      console.log(
        `${name}, 50 connections, ${rounds}x${seconds}s: ` +
          `median ${fmt(median(results.map((r) => r.requestsPerSecond)))} req/s, ` +
          `p50 ${fmt(median(results.map((r) => r.p50)))} ms, p95 ${fmt(median(results.map((r) => r.p95)))} ms, ` +
          `p99 ${fmt(median(results.map((r) => r.p99)))} ms, failures ${failures}`,
      );
    }
  } finally {
    await server.stop();
  }
}

// Each section runs in its own process: the filing and staff sections write to their own
// database from this process too, and lib/db/client.ts opens one database per process.
const sections: Record<string, () => Promise<void>> = {
  foundation: async () => {
    console.log(`== Foundation (issue 2); ${rounds} rounds ==`);
    await coldStart();
    await throughput();
  },
  kiosk: async () => {
    console.log(`== Kiosk (issue 4) ==`);
    await kioskPage();
    await filing();
  },
  encryption: async () => {
    console.log(`== Applicant encryption at rest (issue 9) ==`);
    await filingEncryptionCost();
  },
  staff: async () => {
    console.log(`== Staff console (issue 5) ==`);
    await staffConsole();
  },
  online: async () => {
    console.log(`== Online e-service (issue 10) ==`);
    await onlineChannel();
  },
  open311: async () => {
    console.log(`== Open311 requests (issue 11) ==`);
    await open311Requests();
  },
  integrity: async () => {
    console.log(`== Corruption-report channel ==`);
    await integrityChannel();
  },
  transparency: async () => {
    console.log(`== Public statistics and open data (issue 13) ==`);
    await transparency();
  },
  hosting: async () => {
    console.log(`== PostgreSQL and several server processes (issue 14) ==`);
    await hosting();
  },
};

async function main() {
  const only = process.argv[2];
  if (only === "hosting-engine") return hostingEngine();
  if (only) {
    const section = sections[only];
    if (!section) throw new Error(`unknown bench section "${only}"; one of: ${Object.keys(sections).join(", ")}`);
    return section();
  }
  if (!hasBuild()) {
    console.log("building the app first (not timed)...");
    const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { cwd: ROOT, stdio: "inherit" });
    if (run.status !== 0) process.exit(1);
  }
  console.log("== Kiosk agent (issue 3): npm run bench -w kiosk-agent ==");
  const agent = spawnSync("npm", ["run", "--silent", "bench", "-w", "kiosk-agent"], { cwd: ROOT, stdio: "inherit" });
  if (agent.status !== 0) process.exit(1);
  for (const name of Object.keys(sections)) {
    const run = spawnSync(process.execPath, [...process.execArgv, __filename, name], { cwd: ROOT, stdio: "inherit" });
    if (run.status !== 0) process.exit(1);
  }
}

async function staffConsole(): Promise<void> {
  const result = await benchStaff({ requests: Number(process.env.BENCH_REQUESTS ?? 200_000), seconds, rounds });
  for (const board of result.boards) {
    console.log(
      `board (Engineering, tab ${board.tab}) with ${result.requests} requests in the database, ${board.connections} connection(s), ${rounds}x${seconds}s: ` +
        `median ${fmt(board.requestsPerSecond)} req/s, p50 ${fmt(board.p50)} ms, p95 ${fmt(board.p95)} ms (goal p95 < 100)`,
    );
  }
  for (const board of result.allBoards) {
    console.log(
      `board (all five divisions, tab ${board.tab}) with ${result.requests} requests in the database, 1 connection(s), ${rounds}x${seconds}s: ` +
        `median ${fmt(board.requestsPerSecond)} req/s, p50 ${fmt(board.p50)} ms, p95 ${fmt(board.p95)} ms (goal p95 < 100)`,
    );
  }
  for (const [name, r] of [["division report (Engineering", result.report], ["report across all five divisions (total", result.allReport]] as const) {
    console.log(
      `${name}, current fiscal year) with ${result.requests} requests in the database, 1 connection, ${rounds}x${seconds}s: ` +
        `median ${fmt(r.requestsPerSecond)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms`,
    );
  }
  const f = result.fanOut;
  console.log(`a kiosk filing reaches ${f.boards} open boards' event streams: median ${fmt(f.medianAllReachedMs)} ms, worst ${fmt(f.worstAllReachedMs)} ms over ${f.filings} filings (goal < 1000)`);
}

async function onlineChannel(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 200_000);
  const result = await benchOnline({ requests, seconds, rounds });
  for (const f of result.filing) {
    console.log(
      `POST /api/e-service/requests (typed identity, no attachments), ${f.connections} connections, ${rounds}x${seconds}s, ${requests} requests in the database: ` +
        `median ${fmt(f.filingsPerSecond)} filings/s, p50 ${fmt(f.p50)} ms, p95 ${fmt(f.p95)} ms, failures ${f.failures} (goal >= 200/s, p95 < 60 ms)`,
    );
  }
  const t = result.trackPage;
  console.log(`GET /track/<token> with ${requests} requests in the database, 1 connection, ${rounds}x${seconds}s: median ${fmt(t.requestsPerSecond)} req/s, p50 ${fmt(t.p50)} ms, p95 ${fmt(t.p95)} ms (goal p95 < 30)`);
  console.log(`reference + last 4 digits lookup (in process, ${result.lookup.samples} lookups, half of them missing): p50 ${fmt(result.lookup.p50)} ms, p95 ${fmt(result.lookup.p95)} ms (goal p95 < 30)`);
  const p = result.photo;
  console.log(`a ${fmt(p.megabytes)} MB photo accepted, cleaned, encrypted and stored (${p.runs} runs): median ${fmt(p.medianMs)} ms, worst ${fmt(p.p95Ms)} ms (goal < 1000)`);
  console.log(
    `/e-service/<code> JavaScript: ${fmt(result.javascriptKbGzip)} kB gzipped (goal < 120); of which every public page's own (/services): ${fmt(result.baselineKbGzip)} kB, the form ${fmt(result.javascriptKbGzip - result.baselineKbGzip)} kB`,
  );
}

async function open311Requests(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 200_000);
  const result = await benchOpen311({ requests, seconds, rounds });
  for (const f of result.post) {
    console.log(
      `POST /open311/v2/requests.json (form-encoded, with a key), ${f.connections} connections, ${rounds}x${seconds}s, ${requests} requests in the database: ` +
        `median ${fmt(f.filingsPerSecond)} filings/s, p50 ${fmt(f.p50)} ms, p95 ${fmt(f.p95)} ms, failures ${f.failures} (goal >= 200/s, p95 < 50 ms)`,
    );
  }
  const l = result.list;
  console.log(`GET /open311/v2/requests.json (last 90 days, ${l.rows} rows), 1 connection, ${rounds}x${seconds}s: median ${fmt(l.requestsPerSecond)} req/s, p50 ${fmt(l.p50)} ms, p95 ${fmt(l.p95)} ms (goal p95 < 100)`);
  const o = result.single;
  console.log(`GET /open311/v2/requests/<id>.json, 1 connection, ${rounds}x${seconds}s: median ${fmt(o.requestsPerSecond)} req/s, p50 ${fmt(o.p50)} ms, p95 ${fmt(o.p95)} ms (goal p95 < 10)`);
}

async function integrityChannel(): Promise<void> {
  const database = tempDatabase();
  await migrateDatabase(sqliteAt(database));
  process.env.DATABASE_URL = `file:${database}`;
  process.env.DATA_KEY_FILE ??= `${database}.keys/data.key`;
  const n = Math.max(rounds, 5);
  const r = await benchIntegrity(n);
  const line = (name: string, runs: number[], goal: string) => {
    const { median: m, worst } = summary(runs);
    console.log(`${name} (${n} runs): median ${fmt(m)} ms, worst ${fmt(worst)} ms${goal}`);
  };
  line("a report with a 5 MB PDF checked, encrypted and sealed to 3 recipients", r.submitMs, " (goal < 1000)");
  line("a recipient unlocking their key (Argon2id, 64 MB, 3 passes)", r.unlockMs, "");
  line("opening the report and reading its 5 MB file after unlocking", r.openMs, " (goal < 300)");
  line("a wrong receipt code answered (one Argon2id, 64 MB, 2 passes)", r.wrongCodeMs, "");
}

async function transparency(): Promise<void> {
  const r = await benchTransparency({ requests: Number(process.env.BENCH_REQUESTS ?? 200_000), seconds, rounds });
  const [first, onDemand, ...rest] = r.coldMs;
  console.log(`${first!.path} with ${r.requests} requests in the database, first request, computing the year's figures while waiting: ${fmt(first!.ms)} ms (the server precomputes this year, so a visitor gets the kept figures below)`);
  console.log(`${onDemand!.path}, the year before, first request (computed while waiting; not precomputed in production either): ${fmt(onDemand!.ms)} ms`);
  for (const c of rest) console.log(`  then first request of ${c.path}: ${fmt(c.ms)} ms`);
  for (const p of r.pages) {
    console.log(`GET ${p.path}?year=${r.fiscalYear}, 1 connection, ${rounds}x${seconds}s, figures kept up to 5 min: median ${fmt(p.requestsPerSecond)} req/s, p50 ${fmt(p.p50)} ms, p95 ${fmt(p.p95)} ms (goal p95 < 150)`);
  }
  for (const c of r.csv) console.log(`GET ${c.path} (${fmt(c.bytes / 1024)} kB), 1 connection, figures kept: p95 ${fmt(c.p95)} ms (goal < 1000)`);
}

const postgresServer = () => process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? process.env.TEST_DATABASE_URL;

/**
 * Both engines side by side. Each runs in a child process (one database per process); the
 * PostgreSQL run copies the SQLite run's database, so both measure the same 200,000 requests.
 */
async function hosting(): Promise<void> {
  const results: EngineFigures[] = [];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ko-bench-hosting-"));
  for (const engine of ["sqlite", "postgresql"] as const) {
    if (engine === "postgresql" && !postgresServer()) {
      console.log("PostgreSQL: not measured: set BENCH_POSTGRES_URL=postgresql://user:password@host/postgres (a role that may create databases)");
      break;
    }
    const out = path.join(folder, `${engine}.json`);
    const env = { ...process.env, BENCH_ENGINE: engine, BENCH_OUT: out, BENCH_SQLITE_FILE: results[0]?.sqliteFile ?? "" };
    const run = spawnSync(process.execPath, [...process.execArgv, __filename, "hosting-engine"], { cwd: ROOT, stdio: "inherit", env });
    if (run.status !== 0) process.exit(1);
    results.push(JSON.parse(fs.readFileSync(out, "utf8")) as EngineFigures);
  }
  const requests = results[0]!.requests;
  for (const r of results) {
    const name = r.engine === "sqlite" ? "SQLite    " : "PostgreSQL";
    for (const f of r.filing) {
      console.log(
        `${name} POST /api/kiosk/requests, ${f.processes} process(es), ${f.connections} connections, ${requests} requests in the database, ${rounds}x${seconds}s: ` +
          `median ${fmt(f.filingsPerSecond)} filings/s, p50 ${fmt(f.p50)} ms, p95 ${fmt(f.p95)} ms, failures ${f.failures}` +
          (r.engine === "sqlite" ? " (goal >= 300/s)" : f.processes === 2 ? " (goal >= 500/s, p95 < 50 ms)" : ""),
      );
    }
    console.log(`${name} board (Engineering, tab new) with ${requests} requests, 1 connection: median ${fmt(r.board.requestsPerSecond)} req/s, p50 ${fmt(r.board.p50)} ms, p95 ${fmt(r.board.p95)} ms (goal p95 < 100)`);
    const f = r.fanOut;
    console.log(`${name} a kiosk filing reaches ${f.boards} boards on ${f.processes} process(es): median ${fmt(f.medianAllReachedMs)} ms, worst ${fmt(f.worstAllReachedMs)} ms over ${f.filings} filings (goal < 1000)`);
    if (r.copyMs !== undefined) console.log(`${name} npm run db:copy's copy of that SQLite database (${requests} requests and the rest): ${fmt(r.copyMs / 1000)} s`);
  }
}

async function hostingEngine(): Promise<void> {
  const options = { requests: Number(process.env.BENCH_REQUESTS ?? 200_000), seconds, rounds };
  const result = process.env.BENCH_ENGINE === "sqlite" ? await benchSqlite(options) : await benchPostgres(postgresServer()!, process.env.BENCH_SQLITE_FILE!, options);
  fs.writeFileSync(process.env.BENCH_OUT!, JSON.stringify(result));
}

async function kioskPage(): Promise<void> {
  const result = await benchKioskPage(Math.max(rounds, 5));
  console.log(`/kiosk JavaScript: ${fmt(result.javascriptKbGzip)} kB gzipped (goal < 150)`);
  for (const t of result.nameOnScreenMs) {
    console.log(
      `card inserted -> name on screen (15 ms per card exchange, ${t.transport}): median ${fmt(t.median)} ms (goal < 1000; runs: ${t.runs.map(fmt).join(", ")})`,
    );
  }
}

async function filing(): Promise<void> {
  const database = tempDatabase();
  const server = await startServer(database);
  try {
    for (const connections of [10, 20]) {
      const result = await benchFiling(server.url, database, { connections, seconds, rounds });
      console.log(
        `POST /api/kiosk/requests (valid attestations), ${connections} connections, ${rounds}x${seconds}s: ` +
          `median ${fmt(result.filingsPerSecond)} filings/s, p50 ${fmt(result.p50)} ms, p95 ${fmt(result.p95)} ms, failures ${result.failures} (goal >= 300/s, p95 < 50 ms)`,
      );
    }
  } finally {
    await server.stop();
  }
}

/**
 * What encrypting the applicant record costs the filing rate (issue 9: at most 10%):
 * the same database, a server with encryption on and one with it off, taken in turns
 * so the shared machine's noise falls on both alike.
 */
async function filingEncryptionCost(): Promise<void> {
  const database = tempDatabase();
  const figures: Record<"on" | "off", number[]> = { on: [], off: [] };
  for (let pair = 0; pair < rounds; pair++) {
    for (const encryption of pair % 2 === 0 ? (["off", "on"] as const) : (["on", "off"] as const)) {
      const server = await startServer(database, undefined, encryption === "off" ? { KO_BENCH_UNENCRYPTED_APPLICANT: "1" } : {});
      try {
        const result = await benchFiling(server.url, database, { connections: 10, seconds, rounds: 1 });
        figures[encryption].push(result.filingsPerSecond);
      } finally {
        await server.stop();
      }
    }
  }
  const on = median(figures.on);
  const off = median(figures.off);
  console.log(
    `POST /api/kiosk/requests, 10 connections, ${rounds}x${seconds}s each way: applicant encrypted median ${fmt(on)} filings/s (runs: ${figures.on.map(fmt).join(", ")}), ` +
      `unencrypted ${fmt(off)} filings/s (runs: ${figures.off.map(fmt).join(", ")}): encryption costs ${fmt((100 * (off - on)) / off)}% (goal <= 10%)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
