import { vi } from "vitest";
// Before the limiter is loaded: here the per-reference ceiling must not answer first.
vi.hoisted(() => {
  process.env.TRACK_LOOKUPS_PER_REFERENCE_HOUR = "100000";
  process.env.TRACK_LOOKUPS_PER_ADDRESS_HOUR = "100000";
});
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileTypedOnline } from "@/test/support/online-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { findByReference } from "./find-by-reference";

let reference = "";
beforeAll(async () => {
  await seedDatabase(db);
  const filed = await fileTypedOnline();
  reference = filed.reference;
});
afterAll(() => db.$disconnect());

const client = () => "203.0.113.9";

describe("following a request by reference and the last 4 digits", () => {
  it("takes about the same time whether the reference exists or not", async () => {
    const time = async (ref: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const start = process.hrtime.bigint();
        await findByReference(ref, "0000", client());
        runs.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return runs.sort((a, b) => a - b)[20]!;
    };
    const existing = await time(reference);
    const missing = await time("KO-2570-999998");
    expect(Math.abs(existing - missing)).toBeLessThan(Math.max(1, existing * 0.5));
  });

});
