import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    const { checkHealth } = await import("./check-health");
    expect(await checkHealth()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("is unavailable when the database file is not a database", async () => {
    const file = process.env.DATABASE_URL!.slice("file:".length);
    fs.writeFileSync(`${file}.broken`, "this is not a SQLite database, it is a text file pretending to be one");
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", `file:${file}.broken`);
    const { checkHealth } = await import("./check-health");
    expect(await checkHealth()).toMatchObject({ status: "unavailable", database: "unreachable" });
    vi.unstubAllEnvs();
  });
});
