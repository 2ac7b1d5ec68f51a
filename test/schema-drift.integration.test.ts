import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { onPostgres } from "./support/engine";

/** `prisma migrate diff` between a migration history and a schema; 0 = no difference. */
function diff(databaseUrl: string, migrations: string, schema: string) {
  const run = spawnSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"],
    // prisma.config.ts picks the adapter from DATABASE_URL: each engine diffs on its own.
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  return { output: run.stdout + run.stderr, status: run.status };
}

describe("database schema", () => {
  it("is exactly what the committed migrations build (no change without a migration)", () => {
    const sqlite = onPostgres ? `file:${path.join(os.tmpdir(), `ko-drift-${process.pid}.db`)}` : process.env.DATABASE_URL!;
    const run = diff(sqlite, "prisma/migrations", "prisma/schema.prisma");
    // --exit-code: 0 = no difference, 2 = a difference, 1 = an error.
    expect(run.output).toContain("No difference detected");
    expect(run.status).toBe(0);
  });

  // Needs a PostgreSQL server for the shadow database: runs in the PostgreSQL pass.
  it.runIf(onPostgres)("is exactly what the committed PostgreSQL migrations build", () => {
    const run = diff(process.env.DATABASE_URL!, "prisma/postgresql/migrations", "prisma/postgresql/schema.prisma");
    expect(run.output).toContain("No difference detected");
    expect(run.status).toBe(0);
  });
});
