import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { itOnSqlite, onPostgres } from "@/test/support/engine";
import { onServer, withDatabase } from "@/test/support/postgres";

/** checkHealth as a process started with this DATABASE_URL would answer. */
async function healthWith(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  try {
    const { checkHealth } = await import("./check-health");
    return await checkHealth();
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    const { checkHealth } = await import("./check-health");
    expect(await checkHealth()).toMatchObject({ status: "ok", database: "ok" });
  });

  // SQLite only: a file that is not a database (PostgreSQL's equivalent is the next test's).
  itOnSqlite("is unavailable when the database file is not a database", async () => {
    const file = process.env.DATABASE_URL!.slice("file:".length);
    fs.writeFileSync(`${file}.broken`, "this is not a SQLite database, it is a text file pretending to be one");
    expect(await healthWith(`file:${file}.broken`)).toMatchObject({ status: "unavailable", database: "unreachable" });
  });

  it.runIf(onPostgres)("is unavailable when the PostgreSQL server does not answer", async () => {
    // Port 1: nothing listens there.
    expect(await healthWith("postgresql://ko:none@127.0.0.1:1/ko")).toMatchObject({ status: "unavailable", database: "unreachable" });
  });

  it.runIf(onPostgres)("says read_only when PostgreSQL answers but refuses writes", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const name = url.pathname.slice(1);
    // From the maintenance database: once read-only, this one would refuse the ALTER that undoes it.
    const maintenance = withDatabase(process.env.DATABASE_URL!, "postgres");
    const setReadOnly = (on: boolean) => onServer(maintenance, (c) => c.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = ${on ? "on" : "off"}`));
    await setReadOnly(true);
    try {
      // Another URL for the same database, so a new client (and new connections) answer.
      url.searchParams.set("application_name", "health-read-only");
      expect(await healthWith(url.toString())).toMatchObject({ status: "unavailable", database: "read_only" });
    } finally {
      await setReadOnly(false);
    }
  });
});
