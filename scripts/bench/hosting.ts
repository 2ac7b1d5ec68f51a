import crypto from "node:crypto";
import path from "node:path";
import { copySqliteToPostgres } from "@/lib/db/copy-database";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrateDatabase } from "../setup/migrate-database";
import { insertBulkRequests } from "../support/bulk-requests";
import { keyFileFor, startServer, tempDatabase, type RunningServer } from "../support/server-process";
import { benchFiling, type FilingBench } from "./filing";
import { load, median } from "./load";
import { onServer, quoted, withDatabase } from "@/test/support/postgres";
import { fanOut, sessionCookie, type StaffBench } from "./staff";

export type EngineFigures = {
  engine: "sqlite" | "postgresql";
  requests: number;
  filing: (FilingBench & { processes: number; connections: number })[];
  board: { requestsPerSecond: number; p50: number; p95: number };
  fanOut: StaffBench["fanOut"] & { processes: number };
  /** SQLite: the file the PostgreSQL run copies; PostgreSQL: how long that copy took. */
  sqliteFile?: string;
  copyMs?: number;
};

type Options = { requests: number; seconds: number; rounds: number };
const CONNECTIONS = [10, 50];

/**
 * Issue 14 on SQLite: one process (the embedded default), with `requests` requests of a few
 * years' work in the database. Leaves the file for the PostgreSQL run to copy.
 */
export async function benchSqlite(options: Options): Promise<EngineFigures> {
  const file = tempDatabase();
  const server = await startServer(file);
  try {
    insertBulkRequests(file, options.requests);
    process.env.DATABASE_URL = `file:${file}`;
    const cookie = await sessionCookie("bench_hosting_sqlite", "OFFICER");
    const board = await boardFigures(server.url, cookie, options);
    const filing = [];
    for (const connections of CONNECTIONS) filing.push({ processes: 1, connections, ...(await benchFiling(server.url, file, { connections, ...options })) });
    const spread = await fanOut([server.url], server.url, cookie, 50, 5);
    return { engine: "sqlite", requests: options.requests, filing, board, fanOut: { ...spread, processes: 1 }, sqliteFile: file };
  } finally {
    await server.stop();
  }
}

/**
 * The same on PostgreSQL: the SQLite run's database copied into a new database on `server`
 * (npm run db:copy's code), then one process and two processes on it, sharing one data folder.
 */
export async function benchPostgres(serverUrl: string, sqliteFile: string, options: Options): Promise<EngineFigures> {
  const name = `ko_bench_${crypto.randomBytes(4).toString("hex")}`;
  const database = withDatabase(serverUrl, name);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoted(name)}`));
  const servers: RunningServer[] = [];
  try {
    await migrateDatabase(resolveDatabaseUrl(database, process.cwd()));
    const copyStarted = performance.now();
    await copySqliteToPostgres(sqliteFile, database);
    const copyMs = performance.now() - copyStarted;
    // The copied applicant records open with the office's data key, as after a real move.
    const shared = { DATA_DIR: path.dirname(sqliteFile), DATA_KEY_FILE: keyFileFor(sqliteFile) };
    Object.assign(process.env, shared, { DATABASE_URL: database });
    servers.push(await startServer(database, undefined, shared));
    const [first] = servers;
    const cookie = await sessionCookie("bench_hosting_postgresql", "OFFICER");
    const board = await boardFigures(first!.url, cookie, options);
    const filing = [];
    for (const connections of CONNECTIONS) filing.push({ processes: 1, connections, ...(await benchFiling(first!.url, database, { connections, ...options })) });
    servers.push(await startServer(database, undefined, shared));
    const urls = servers.map((s) => s.url);
    for (const connections of CONNECTIONS) filing.push({ processes: 2, connections, ...(await benchFiling(urls, database, { connections, ...options })) });
    // Boards on both processes, each filing sent to the first: half the boards hear it by NOTIFY.
    const spread = await fanOut(urls, first!.url, cookie, 50, 5);
    return { engine: "postgresql", requests: options.requests, filing, board, fanOut: { ...spread, processes: 2 }, copyMs };
  } finally {
    for (const server of servers) await server.stop();
    await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
  }
}

/** The Engineering board's "new" tab, one connection: the server's own time per page. */
async function boardFigures(serverUrl: string, cookie: string, options: Options): Promise<EngineFigures["board"]> {
  const url = `${serverUrl}/staff?division=ENGINEERING&tab=new`;
  await load(url, 1, 2, { cookie });
  const runs = [];
  for (let i = 0; i < options.rounds; i++) runs.push(await load(url, 1, options.seconds, { cookie }));
  if (runs.some((r) => r.errors + r.non2xx > 0)) throw new Error("board: failed requests");
  return { requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)), p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)) };
}
