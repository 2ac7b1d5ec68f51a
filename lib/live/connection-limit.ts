/**
 * Caps on open event streams: in all, and per key (a client address for the public
 * display stream, a staff member for the staff stream). `acquire` returns the release
 * function, or null when a cap is reached.
 */
export function connectionLimiter(options: { total: number; perKey: number }) {
  const byKey = new Map<string, number>();
  let total = 0;
  return {
    acquire(key: string): (() => void) | null {
      const count = byKey.get(key) ?? 0;
      if (total >= options.total || count >= options.perKey) return null;
      total += 1;
      byKey.set(key, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= 1;
        const left = (byKey.get(key) ?? 1) - 1;
        if (left > 0) byKey.set(key, left);
        else byKey.delete(key);
      };
    },
    get open() {
      return total;
    },
  };
}
