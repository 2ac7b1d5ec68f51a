/**
 * `npm run backup -- <folder> [--keep N]`: a consistent backup of the database while the
 * server runs (lib/db/backup.ts), named by the time in UTC, keeping the newest N (14).
 * It holds personal data (encrypted applicant records) and never the data key: keep the
 * key's copy somewhere else.
 */
import { parseArgs } from "node:util";
import { resolveDatabaseUrl, sqliteFileOf } from "@/lib/db/database-url";
import { backupDatabase, DEFAULT_KEEP, pruneBackups } from "@/lib/db/backup";

const USAGE = "usage: npm run backup -- <folder> [--keep N]   (default: keep the newest 14)";

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { keep: { type: "string" } } });
  const keep = values.keep === undefined ? DEFAULT_KEEP : Number(values.keep);
  if (positionals.length !== 1 || !Number.isInteger(keep) || keep < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  process.umask(0o077);
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  const started = Date.now();
  const file = await backupDatabase(sqliteFileOf(database, "npm run backup"), positionals[0]!);
  const removed = pruneBackups(positionals[0]!, keep);
  console.log(`[ko] backup ${file} (checked, ${Date.now() - started} ms)${removed.length ? `; removed ${removed.length} older backup(s)` : ""}`);
}

main().catch((error: unknown) => {
  console.error(`[ko] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
