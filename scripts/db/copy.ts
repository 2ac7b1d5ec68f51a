/**
 * `npm run db:copy -- --from file:./data/ko.db --to postgresql://user:pw@host/ko`: move an
 * office's SQLite database to PostgreSQL. The source is only read (stop the server first so
 * nothing is filed meanwhile); the target is migrated, must be empty, and is filled in one
 * transaction; every table's row count is compared. Then set DATABASE_URL to the target.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { CopyRefused, copySqliteToPostgres } from "@/lib/db/copy-database";
import { describeDatabase, resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrateDatabase, pendingMigrations } from "../setup/migrate-database";
import { SetupError } from "../setup/setup-error";

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = "usage: npm run db:copy -- --from file:<SQLite file> --to postgresql://user:password@host/database";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to) {
    console.error(USAGE);
    return 2;
  }
  const from = resolveDatabaseUrl(values.from, ROOT);
  const to = resolveDatabaseUrl(values.to, ROOT);
  if (from.kind !== "sqlite" || to.kind !== "postgresql") {
    console.error(`db:copy copies a SQLite file into PostgreSQL\n${USAGE}`);
    return 2;
  }
  // Migrating the source would write to it: it must already be current (npm start does that).
  const behind = await pendingMigrations(from);
  if (behind.length > 0) throw new CopyRefused(`${from.file} lacks ${behind.length} migration(s) (${behind[0]}...): start the server on it once (npm start), then copy`);
  const { applied } = await migrateDatabase(to);
  if (applied.length > 0) console.log(`[ko] ${describeDatabase(to)}: applied ${applied.length} migration(s)`);
  const started = Date.now();
  const tables = await copySqliteToPostgres(from.file, to.url);
  let ok = true;
  for (const t of tables) {
    const same = t.source === t.target;
    ok &&= same;
    console.log(`[ko] ${t.table.padEnd(24)} ${String(t.source).padStart(8)} -> ${String(t.target).padStart(8)}${same ? "" : "  MISMATCH"}`);
  }
  const rows = tables.reduce((sum, t) => sum + t.target, 0);
  if (!ok) {
    console.error("[ko] db:copy: the counts differ: do not switch DATABASE_URL; the source is unchanged");
    return 1;
  }
  console.log(`[ko] copied ${rows} rows in ${tables.length} tables (${Date.now() - started} ms); the source ${from.file} is unchanged`);
  console.log("[ko] next: copy the data folder's files/, integrity/ and app-secret.key to DATA_DIR, keep the data key, set DATABASE_URL to the target");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof CopyRefused || error instanceof SetupError;
    console.error(`[ko] db:copy failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!known && error instanceof Error && error.stack) console.error(error.stack);
    process.exit(1);
  },
);
