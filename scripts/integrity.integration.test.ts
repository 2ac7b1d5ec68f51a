import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unlockRecipient } from "@/lib/integrity/recipient-access";
import { seedDatabase } from "@/prisma/seed/seed-database";

/** `npm run integrity -- ...` on this test file's own database. */
function integrity(args: string[], input?: string) {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/integrity.ts", ...args], { env: { ...process.env }, encoding: "utf8", input, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

beforeAll(async () => {
  await seedDatabase(db);
  await db.staffUser.create({ data: { username: "reader.one", displayName: "Reader", role: "HEAD", email: "reader.one@staff.invalid" } });
});

describe("npm run integrity", { timeout: 120_000 }, () => {
  it("adds a recipient from a piped password, says a lost password loses access, lists and removes", async () => {
    const added = integrity(["recipient", "add", "--username", "Reader.One", "--division", "palad", "--password-stdin"], "reader one's own secret\n");
    expect(added.status).toBe(0);
    expect(added.stdout).toContain("added Reader.One as integrity recipient");
    expect(added.stdout).toContain("no reset");
    const staff = await db.staffUser.findUniqueOrThrow({ where: { username: "reader.one" } });
    expect(await unlockRecipient(staff.id, "reader one's own secret")).not.toBeNull();

    expect(integrity(["recipient", "add", "--username", "reader.one", "--password-stdin"], "another password here").stderr).toContain("a recipient already");
    expect(integrity(["recipient", "list"]).stdout).toMatch(/^\d+\treader\.one\tPALAD\t0 report\(s\)/m);
    expect(integrity(["recipient", "remove", "--username", "reader.one"]).stdout).toContain("removed recipient reader.one");
    expect(await db.integrityRecipient.count()).toBe(0);
  });

  it("refuses a short password, an unknown account and a missing username", () => {
    expect(integrity(["recipient", "add", "--username", "reader.one", "--password-stdin"], "short").stderr).toContain("12");
    expect(integrity(["recipient", "add", "--username", "nobody", "--password-stdin"], "long enough password").stderr).toContain("no staff account");
    expect(integrity(["recipient", "add"]).status).toBe(2);
  });
});
