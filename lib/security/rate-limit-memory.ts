/**
 * Fixed windows in this process's memory, each starting at its key's first hit: what a
 * limiter needs when one process serves everything (SQLite), at no cost per request.
 */
export function memoryWindows(windowMs: number) {
  const windows = new Map<string, { start: number; count: number }>();
  /** Add `by` to the key's window and return the new count. */
  return function add(key: string, by: number, now: number): number {
    const window = windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: by });
      return by;
    }
    window.count += by;
    return window.count;
  };
}
