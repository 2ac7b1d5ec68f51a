import { z } from "zod";

/**
 * A filing's idempotency key: a random UUID the filing screen makes once per filing, so a
 * retry or a double tap sends the same key and gets the same receipt. Anything else ("",
 * "abc", a page of text) is refused: such keys collide between filings and fill the index.
 */
export const idempotencyKey = z.string().uuid();

export function isIdempotencyKey(value: unknown): value is string {
  return idempotencyKey.safeParse(value).success;
}
