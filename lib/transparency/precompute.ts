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
 * assessor open, and the full-year open data) computed: at server start and then every
 * FRESH_FOR_MS, one after another so the two cores are never both taken. So those pages
 * and files never wait for a computation and are at most FRESH_FOR_MS plus one
 * computation old. Earlier years are computed when first asked for.
 * Off with KO_STATISTICS_PRECOMPUTE=off (the browser tests file data after the start).
 */
export function startPrecomputing(): void {
  if (process.env.KO_STATISTICS_PRECOMPUTE === "off") return;
  const run = async () => {
    const current = fiscalYearOf(bangkokDate(new Date()));
    for (const year of [current, current - 1]) {
      for (const cache of CACHES) await cache.refresh(year).catch((error) => console.error(`statistics ${year}: ${String(error)}`));
    }
  };
  void run();
  setInterval(() => void run(), FRESH_FOR_MS).unref();
}
