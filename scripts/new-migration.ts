/**
 * `npm run db:new-migration -- <name>`: write the SQL that takes the committed migrations
 * to the current prisma/schema.prisma, as prisma/migrations/<timestamp>_<name>/.
 *
 * Prisma 6.19's JS schema engine cannot diff against a live database when a driver
 * adapter is configured, so we diff the migration history (replayed on an in-memory
 * shadow database) against the schema. Review the SQL, then `npm run db:migrate`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]{3,60}$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in lower_snake_case>");
  process.exit(2);
}

const sql = execFileSync(
  path.join(ROOT, "node_modules", ".bin", "prisma"),
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\S/.test(sql.replace(/--.*$/gm, ""))) {
  console.log("the schema matches the migrations: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
