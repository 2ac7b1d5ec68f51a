/**
 * `npm run db:schemas`: write prisma/postgresql/schema.prisma from prisma/schema.prisma.
 *
 * Prisma takes one provider per schema file, so the models live once, in the SQLite schema,
 * and the PostgreSQL schema is derived from it here; lib/db/schemas.test.ts fails when the
 * committed copy is stale, so a model cannot reach one engine and not the other.
 */
import fs from "node:fs";
import path from "node:path";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, postgresqlSchema } from "@/lib/db/schemas";

const ROOT = path.resolve(__dirname, "..", "..");

if (require.main === module) {
  const target = path.join(ROOT, POSTGRESQL_SCHEMA);
  const text = postgresqlSchema(fs.readFileSync(path.join(ROOT, SQLITE_SCHEMA), "utf8"));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  fs.writeFileSync(target, text);
  console.log(before === text ? `${POSTGRESQL_SCHEMA} is up to date` : `wrote ${POSTGRESQL_SCHEMA}`);
}
