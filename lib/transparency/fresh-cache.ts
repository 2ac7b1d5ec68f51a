/**
 * Figures computed at most every FRESH_FOR_MS per key and kept in memory. Once a value is
 * older than that, the next reader still gets it at once while a fresh one is computed
 * behind it (stale-while-revalidate): a year's computation reads tens of thousands of rows
 * (about 3 s for 80,000 requests), and no visitor should wait for it after the first.
 * Figures older than MAX_STALE_MS (after a quiet hour) are not shown: that reader waits.
 * precompute.ts keeps the current and the last fiscal year fresh from server start.
 *
 * The caches live on globalThis by name: Next.js bundles route handlers (the open data)
 * and pages apart, and each bundle would otherwise compute and keep its own copy.
 */
export const FRESH_FOR_MS = 5 * 60_000;
export const MAX_STALE_MS = 60 * 60_000;

type Entry<T> = { at: number; value: Promise<T>; refreshing?: boolean };
export type FreshCache<T> = { get(key: number, now?: Date): Promise<T>; refresh(key: number, now?: Date): Promise<T>; clear(): void };

const registry = ((globalThis as { __koFreshCaches?: Map<string, FreshCache<unknown>> }).__koFreshCaches ??= new Map());

export function freshCache<T>(name: string, compute: (key: number, now: Date) => Promise<T>): FreshCache<T> {
  const existing = registry.get(name);
  if (existing) return existing as FreshCache<T>;
  const entries = new Map<number, Entry<T>>();
  const start = (key: number, now: Date): Entry<T> => {
    const entry: Entry<T> = { at: now.getTime(), value: compute(key, now) };
    entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
    return entry;
  };
  const cache: FreshCache<T> = {
    get(key, now = new Date()) {
      const entry = entries.get(key);
      const age = entry ? now.getTime() - entry.at : Infinity;
      if (!entry || age >= MAX_STALE_MS) {
        const created = start(key, now);
        entries.set(key, created);
        return created.value;
      }
      if (age >= FRESH_FOR_MS) void cache.refresh(key, now).catch(() => undefined);
      return entry.value;
    },
    /** Compute anew behind the kept figures; swapped in only once there (a failure keeps the old). */
    refresh(key, now = new Date()) {
      const entry = entries.get(key);
      if (!entry) return cache.get(key, now);
      if (entry.refreshing) return entry.value;
      entry.refreshing = true;
      const next = start(key, now);
      next.value.then(() => entries.set(key, next), () => (entry.refreshing = false));
      return next.value;
    },
    clear: () => entries.clear(),
  };
  registry.set(name, cache as FreshCache<unknown>);
  return cache;
}
