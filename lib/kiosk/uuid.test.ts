import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newUuid } from "./uuid";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newUuid", () => {
  it("uses randomUUID where it exists", () => {
    expect(newUuid(webcrypto as unknown as Crypto)).toMatch(V4);
  });
  it("builds a v4 UUID from random bytes outside secure contexts", () => {
    const getRandomValues = webcrypto.getRandomValues.bind(webcrypto) as Crypto["getRandomValues"];
    const made = new Set(Array.from({ length: 50 }, () => newUuid({ getRandomValues })));
    expect(made.size).toBe(50);
    for (const uuid of made) expect(uuid).toMatch(V4);
  });
});
