import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { complaintCache } from "./complaint-statistics";
import { FRESH_FOR_MS } from "./fresh-cache";
import { integrityCache } from "./integrity-statistics";
import { periodCache } from "./period-statistics";
import { satisfactionCache } from "./satisfaction-statistics";
import { serviceCache } from "./service-statistics";

const CACHES = [periodCache, serviceCache, complaintCache, integrityCache, satisfactionCache];

/**
 * Keep the figures of the current and the last fiscal year (what residents and the
 * assessor open, and the full-year open data) computed: at server start, then the current
 * year every FRESH_FOR_MS and the last one hourly, one computation after another. So those
 * pages and files never wait for a computation; the current year's figures are at most
 * FRESH_FOR_MS plus one computation old, the last year's at most an hour (MAX_STALE_MS).
 * Earlier years are computed when first asked for.
 * Off with KO_STATISTICS_PRECOMPUTE=off (the browser tests file data after the start).
 */
export function startPrecomputing(): Promise<void> {
  if (process.env.KO_STATISTICS_PRECOMPUTE === "off") return Promise.resolve();
  let tick = 0;
  const run = async () => {
    const current = fiscalYearOf(bangkokDate(new Date()));
    // The last year changes only when an old request closes late: hourly is enough, and
    // each computation holds the event loop for a second or two on a large database.
    const years = tick++ % HOURLY === 0 ? [current, current - 1] : [current];
    for (const year of years) {
      for (const cache of CACHES) await cache.refresh(year).catch((error) => console.error(`statistics ${year}: ${String(error)}`));
    }
  };
  setInterval(() => void run(), FRESH_FOR_MS).unref();
  return run();
}

const HOURLY = 12; // ticks of FRESH_FOR_MS
