import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { insertBulkRequests } from "../support/bulk-requests";
import { startServer, tempDatabase } from "../support/server-process";
import { load, median } from "./load";

export type TransparencyBench = {
  requests: number;
  fiscalYear: number;
  /** The first answer after start, figures computed while the visitor waits (ms). */
  coldMs: { path: string; ms: number }[];
  pages: { path: string; requestsPerSecond: number; p50: number; p95: number }[];
  csv: { path: string; bytes: number; p95: number }[];
};

export const STATISTICS_PAGES = ["/statistics", "/statistics/satisfaction", "/statistics/complaints", "/statistics/integrity", "/statistics/e-service"];
const DATASETS = ["service-statistics", "service-statistics-monthly", "satisfaction", "complaint-statistics", "integrity-statistics", "e-service-usage"];

/**
 * The public statistics with a few years of requests in the database (scripts/support/
 * bulk-requests.ts spreads them over ~900 days, so 3-4 fiscal years): a full fiscal year's
 * open-data CSV while its figures are computed (what the precompute saves), then
 * each statistics page's server time on one connection with its figures kept, then each
 * CSV again.
 */
export async function benchTransparency(options: { requests: number; seconds: number; rounds: number }): Promise<TransparencyBench> {
  const database = tempDatabase();
  // Without the precompute, so the first requests below show what a computation costs the
  // visitor who waits for it. (A restart on these rows would spend minutes sealing the bulk
  // rows' plaintext applicants at start-up, scripts/setup/check-data-key.ts.)
  const server = await startServer(database, undefined, { KO_STATISTICS_PRECOMPUTE: "off" });
  try {
    insertBulkRequests(database, options.requests);
    const today = new Date().toISOString().slice(0, 10);
    const fiscalYear = fiscalYearOf(today) - 1; // the last full fiscal year
    const timed = async (path: string) => {
      const start = performance.now();
      const response = await fetch(`${server.url}${path}`);
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return { ms: performance.now() - start, bytes };
    };
    const coldMs = [];
    // The last full year, then the year before it, each computed while the visitor waits
    // (in production the precompute does this for the current and last year behind them).
    for (const path of [`/open-data/service-statistics-monthly-${fiscalYear}.csv`, `/open-data/service-statistics-monthly-${fiscalYear - 1}.csv`, `/open-data/service-statistics-${fiscalYear - 1}.csv`, ...STATISTICS_PAGES.map((p) => `${p}?year=${fiscalYear}`)]) {
      coldMs.push({ path, ms: (await timed(path)).ms });
    }
    const measure = async (url: string, what: string) => {
      await load(url, 1, 2);
      const runs = [];
      for (let i = 0; i < options.rounds; i++) runs.push(await load(url, 1, options.seconds));
      if (runs.some((r) => r.errors + r.non2xx > 0)) throw new Error(`${what}: failed requests`);
      return { requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)), p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)) };
    };
    const pages = [];
    for (const path of STATISTICS_PAGES) pages.push({ path, ...(await measure(`${server.url}${path}?year=${fiscalYear}`, path)) });
    const csv = [];
    for (const dataset of DATASETS) {
      const path = `/open-data/${dataset}-${fiscalYear}.csv`;
      const { bytes } = await timed(path);
      csv.push({ path, bytes, p95: (await measure(`${server.url}${path}`, path)).p95 });
    }
    return { requests: options.requests, fiscalYear, coldMs, pages, csv };
  } finally {
    await server.stop();
  }
}
