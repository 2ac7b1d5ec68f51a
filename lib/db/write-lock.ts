/** Thrown when the write lock was not free within the wait allowed. */
export class WriteLockTimeout extends Error {
  constructor(waitedMs: number) {
    super(`the database's write lock was not free within ${waitedMs} ms`);
    this.name = "WriteLockTimeout";
  }
}

/**
 * One holder at a time, first come first served, with a bounded wait: a holder that never
 * lets go makes later callers fail after `timeoutMs` instead of hanging.
 */
export class WriteLock {
  #held = false;
  #waiters: Array<(release: () => void) => void> = [];

  acquire(timeoutMs: number): Promise<() => void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = (release: () => void) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((other) => other !== waiter);
        reject(new WriteLockTimeout(timeoutMs));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  get held(): boolean {
    return this.#held;
  }

  /** A release that works once, so a double release cannot free someone else's turn. */
  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next) next(this.#releaser());
      else this.#held = false;
    };
  }
}
