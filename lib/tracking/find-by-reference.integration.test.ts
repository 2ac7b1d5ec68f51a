import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileTypedOnline } from "@/test/support/online-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { findByReference, normaliseReference } from "./find-by-reference";

let reference = "";
let token = "";
beforeAll(async () => {
  await seedDatabase(db);
  const filed = await fileTypedOnline();
  reference = filed.reference;
  token = filed.trackingToken;
});
afterAll(() => db.$disconnect());

let address = 0;
const client = () => `203.0.113.${++address}`;

describe("following a request by reference and the last 4 digits", () => {
  it("opens the request for the right pair, however the reference is typed", async () => {
    expect(await findByReference(reference, "7030", client())).toEqual({ found: true, token });
    expect(await findByReference(reference.toLowerCase().replaceAll("-", " "), "7030", client())).toEqual({ found: true, token });
    expect(normaliseReference("KO-2570-42")).toBe("KO-2570-000042");
  });

  it("answers a wrong pair exactly as a reference that does not exist", async () => {
    const wrongDigits = await findByReference(reference, "1234", client());
    const missing = await findByReference("KO-2570-999999", "7030", client());
    const nonsense = await findByReference("<script>", "", client());
    expect(wrongDigits).toEqual({ found: false });
    expect(missing).toEqual(wrongDigits);
    expect(nonsense).toEqual(wrongDigits);
  });

  it("limits tries per reference and per address, and says how long to wait", async () => {
    const target = "KO-2570-777777";
    const answers = [];
    for (let i = 0; i < 11; i += 1) answers.push(await findByReference(target, String(1000 + i), client()));
    expect(answers[9]).toEqual({ found: false });
    expect(answers[10]).toEqual({ found: false, retryAfterMinutes: 60 });

    const one = "192.0.2.200";
    const fromOne = [];
    for (let i = 0; i < 31; i += 1) fromOne.push(await findByReference(`KO-2570-${String(500000 + i)}`, "0000", one));
    expect(fromOne[29]).toEqual({ found: false });
    expect(fromOne[30]).toEqual({ found: false, retryAfterMinutes: 60 });
  });
});
