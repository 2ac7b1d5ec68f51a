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
    // Interleaved, after a warm-up, so both are measured under the same machine load: one
    // measured after the other once failed on a busy CI machine whose load changed between.
    const runs = { existing: [] as number[], missing: [] as number[] };
    const once = async (ref: string) => {
      const start = process.hrtime.bigint();
      await findByReference(ref, "0000", client());
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 10; i += 1) {
      await once(reference);
      await once("KO-2570-999998");
    }
    for (let i = 0; i < 80; i += 1) {
      runs.existing.push(await once(reference));
      runs.missing.push(await once("KO-2570-999998"));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length / 2]!;
    const existing = median(runs.existing);
    const missing = median(runs.missing);
    expect(Math.abs(existing - missing)).toBeLessThan(Math.max(1, existing * 0.5));
  });

});
