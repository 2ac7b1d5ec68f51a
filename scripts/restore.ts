/**
 * `npm run restore -- <backup file>`: put a backup back, into a stopped installation.
 * Refuses while the server runs, checks the copy (PRAGMA integrity_check, a Ko database),
 * applies this release's migrations to the copy, and only then swaps it in; the database
 * it replaces is kept beside it as ko.db.replaced-<time>.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { backupName, integrityCheck } from "@/lib/db/backup";
import { resolveDatabaseUrl, sqliteAt, sqliteFileOf } from "@/lib/db/database-url";
import { databaseFiles } from "@/lib/db/private-files";
import { checkDataDirectory } from "./setup/check-data-directory";
import { migrateDatabase } from "./setup/migrate-database";
import { parsePort } from "./setup/check-port";

const USAGE = "usage: npm run restore -- <backup file>   (with the server stopped)";

class RestoreError extends Error {}

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  process.umask(0o077);
  const backup = path.resolve(positionals[0]!);
  const target = sqliteFileOf(resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()), "npm run restore");
  if (!fs.existsSync(backup)) throw new RestoreError(`no backup at ${backup}`);

  const port = parsePort(process.env.PORT);
  if (await answers(port)) throw new RestoreError(`something answers on port ${port}: stop the server first (systemctl stop ko-one-stop)`);
  checkDataDirectory(target);
  if (fs.existsSync(target) && !isUnused(target)) throw new RestoreError(`${target} is open in another program: stop the server first (systemctl stop ko-one-stop)`);

  const check = integrityCheck(backup);
  if (check !== "ok") throw new RestoreError(`${backup} failed its integrity check (${check}); choose another backup`);
  if (!isKoDatabase(backup)) throw new RestoreError(`${backup} is not a Ko One-Stop database`);

  // Work on a copy beside the target, so a failed step leaves the installation as it was.
  const copy = `${target}.restoring`;
  for (const each of databaseFiles(copy)) fs.rmSync(each, { force: true });
  fs.writeFileSync(copy, "", { mode: 0o600 });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  const { applied } = await migrateDatabase(sqliteAt(copy));
  if (integrityCheck(copy) !== "ok") throw new RestoreError(`the restored copy ${copy} failed its integrity check after migrations`);

  let kept: string | null = null;
  if (fs.existsSync(target)) {
    kept = `${target}.replaced-${backupName(new Date()).slice(3, -3)}`;
    fs.renameSync(target, kept);
    for (const side of ["-wal", "-shm"]) if (fs.existsSync(target + side)) fs.renameSync(target + side, kept + side);
  }
  for (const side of ["-wal", "-shm"]) fs.rmSync(copy + side, { force: true });
  fs.renameSync(copy, target);
  console.log(`[ko] restored ${backup} to ${target}${applied.length ? ` (applied ${applied.length} migration(s))` : ""}`);
  if (kept) console.log(`[ko] the database it replaced is kept at ${kept}`);
  console.log("[ko] the restored records open only with the data key they were sealed with: restore that key file too if it changed; npm start checks it");
}

/** Is a server listening on the port (on loopback)? */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(1_000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * True when no other program has the database open. Leaving WAL mode needs the only
 * connection, so it fails while a server (on any port) still holds the file.
 */
function isUnused(file: string): boolean {
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    const mode = sqlite.pragma("journal_mode", { simple: true });
    if (mode !== "wal") return true;
    sqlite.pragma("journal_mode = DELETE");
    return sqlite.pragma("journal_mode", { simple: true }) === "delete";
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

function isKoDatabase(file: string): boolean {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_prisma_migrations', 'Request')`).all();
    return tables.length === 2;
  } finally {
    sqlite.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[ko] restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
