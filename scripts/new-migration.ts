/**
 * `npm run db:new-migration -- <name>`: write the SQL that takes the committed migrations
 * to the current prisma/schema.prisma, for each engine: prisma/migrations/<stamp>_<name>/
 * (SQLite) and prisma/postgresql/migrations/<stamp>_<name>/ (PostgreSQL, whose schema is
 * first re-derived, as `npm run db:schemas` does).
 *
 * Prisma 6.19's JS schema engine cannot diff against a live database when a driver
 * adapter is configured, so we diff the migration history (replayed on a shadow database)
 * against the schema. SQLite's shadow is in memory; PostgreSQL's is a temporary database on
 * the server in MIGRATION_POSTGRES_URL (a role that may create databases). Review the SQL,
 * then `npm run db:migrate`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]{3,60}$/.test(name)) {
  console.error("usage: [MIGRATION_POSTGRES_URL=postgresql://...] npm run db:new-migration -- <name in lower_snake_case>");
  process.exit(2);
}
const postgresUrl = process.env.MIGRATION_POSTGRES_URL?.trim();
if (!postgresUrl) {
  console.error("set MIGRATION_POSTGRES_URL=postgresql://user:password@localhost/postgres: the PostgreSQL migration is written beside the SQLite one");
  process.exit(2);
}
execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/db/schemas.ts"], { cwd: ROOT, stdio: "inherit" });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const engines = [
  // The CLI opens the URL's database even to diff: a scratch file, so no data/ folder is needed.
  { folder: "prisma", databaseUrl: `file:${path.join(os.tmpdir(), `ko-new-migration-${process.pid}.db`)}` },
  { folder: path.join("prisma", "postgresql"), databaseUrl: postgresUrl },
];
for (const { folder, databaseUrl } of engines) {
  const sql = execFileSync(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-migrations", path.join(folder, "migrations"), "--to-schema-datamodel", path.join(folder, "schema.prisma"), "--script"],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  if (!/\S/.test(sql.replace(/--.*$/gm, ""))) {
    console.log(`${folder}: the schema matches the migrations, nothing to write`);
    continue;
  }
  const dir = path.join(ROOT, folder, "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
}
