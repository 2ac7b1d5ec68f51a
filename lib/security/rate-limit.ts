/**
 * A small in-memory fixed-window limiter for unauthenticated endpoints (one process; the
 * limits are generous and only there to stop floods, not to meter honest use).
 */
export function rateLimiter(options: { limit: number; windowMs: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return function allow(key: string, now = Date.now()): boolean {
    const window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= options.limit;
  };
}
