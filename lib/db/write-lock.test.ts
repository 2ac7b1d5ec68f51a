import { describe, expect, it } from "vitest";
import { WriteLock, WriteLockTimeout } from "./write-lock";

describe("WriteLock", () => {
  it("hands the lock over in the order it was asked for", async () => {
    const lock = new WriteLock();
    const order: number[] = [];
    const first = await lock.acquire(1_000);
    const waiting = [1, 2].map((n) => lock.acquire(1_000).then((release) => (order.push(n), release)));
    first();
    (await waiting[0]!)();
    (await waiting[1]!)();
    expect(order).toEqual([1, 2]);
    expect(lock.held).toBe(false);
  });

  it("makes a waiter give up instead of hanging when the holder never lets go", async () => {
    const lock = new WriteLock();
    await lock.acquire(1_000);
    await expect(lock.acquire(20)).rejects.toBeInstanceOf(WriteLockTimeout);
  });

  it("ignores a second release, which would otherwise let two holders in", async () => {
    const lock = new WriteLock();
    const release = await lock.acquire(1_000);
    const next = lock.acquire(1_000);
    release();
    release();
    await next;
    expect(lock.held).toBe(true);
    await expect(lock.acquire(20)).rejects.toBeInstanceOf(WriteLockTimeout);
  });
});
