import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, postgresqlSchema } from "./schemas";

describe("the PostgreSQL schema", () => {
  it("is exactly what `npm run db:schemas` derives from prisma/schema.prisma (same models on both engines)", () => {
    const derived = postgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(fs.readFileSync(POSTGRESQL_SCHEMA, "utf8"), "run `npm run db:schemas` and commit the result").toBe(derived);
  });

  it("changes only the provider and the client's folder", () => {
    const source = 'generator client {\n  output = "../lib/db/generated"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n';
    const derived = postgresqlSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output = "../../lib/db/generated-pg"');
    expect(derived).toContain("model A {\n  id Int @id\n}");
  });

  it("refuses provider-specific types, which would make the two clients differ", () => {
    const source = 'generator client {\n  output = "../lib/db/generated"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id Int @id\n  data Json\n}\n';
    expect(() => postgresqlSchema(source)).toThrow(/portable/);
  });
});
