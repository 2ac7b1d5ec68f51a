/**
 * Figures computed at most every FRESH_FOR_MS per key and kept in memory. Once a value is
 * older than that, the next reader still gets it at once while a fresh one is computed
 * behind it (stale-while-revalidate): a year's computation reads tens of thousands of rows,
 * and no visitor should wait for it after the first. So the pages are at most
 * FRESH_FOR_MS old, plus the time of one computation.
 */
export const FRESH_FOR_MS = 5 * 60_000;

type Entry<T> = { at: number; value: Promise<T>; refreshing?: boolean };

export function freshCache<T>(compute: (key: number, now: Date) => Promise<T>) {
  const entries = new Map<number, Entry<T>>();
  const start = (key: number, now: Date): Entry<T> => {
    const entry: Entry<T> = { at: now.getTime(), value: compute(key, now) };
    entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
    return entry;
  };
  return {
    get(key: number, now = new Date()): Promise<T> {
      const entry = entries.get(key);
      if (!entry) {
        const created = start(key, now);
        entries.set(key, created);
        return created.value;
      }
      if (now.getTime() - entry.at >= FRESH_FOR_MS && !entry.refreshing) {
        entry.refreshing = true;
        const next = start(key, now);
        // Swap only once the new figures are there; a failure keeps the old ones.
        next.value.then(() => entries.set(key, next), () => (entry.refreshing = false));
      }
      return entry.value;
    },
    /** For tests: forget everything. */
    clear: () => entries.clear(),
  };
}
