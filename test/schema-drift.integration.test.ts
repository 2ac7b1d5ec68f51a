import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("database schema", () => {
  it("is exactly what the committed migrations build (no change without a migration)", () => {
    const run = spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = a difference, 1 = an error.
    expect(run.stdout + run.stderr).toContain("No difference detected");
    expect(run.status).toBe(0);
  });
});
