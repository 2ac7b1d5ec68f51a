import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** ko-20261206-231500Z.db: UTC, so names sort in time order whatever the server's zone. */
const BACKUP_NAME = /^ko-\d{8}-\d{6}Z\.db$/;
export const DEFAULT_KEEP = 14;

export function backupName(at: Date): string {
  const iso = at.toISOString(); // 2026-12-06T23:15:00.000Z
  return `ko-${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}Z.db`;
}

/** PRAGMA integrity_check on a database file: "ok", or what SQLite found wrong. */
export function integrityCheck(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    sqlite.close();
  }
}

/**
 * A consistent copy of a live database through SQLite's online backup API: it copies
 * committed pages while the server keeps filing (a plain file copy of a WAL database can
 * miss or tear the last transactions). Written 0600 under a temporary name, checked, then
 * renamed, so a backup folder only ever holds whole, checked backups.
 */
export async function backupDatabase(databaseFile: string, folder: string, now = new Date()): Promise<string> {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, backupName(now));
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, "", { mode: 0o600 }); // SQLite keeps an existing file's mode
  const source = new Database(databaseFile, { fileMustExist: true, timeout: 5_000 });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  // A file at rest, not a live database: one self-contained file, no -wal beside it.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  const check = integrityCheck(partial);
  if (check !== "ok") {
    fs.rmSync(partial, { force: true });
    throw new Error(`the backup failed its integrity check (${check})`);
  }
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);
  return target;
}

/** Delete all but the newest `keep` backups in the folder (only files named as ours). */
export function pruneBackups(folder: string, keep: number): string[] {
  const ours = fs.readdirSync(folder).filter((name) => BACKUP_NAME.test(name)).sort();
  const old = ours.slice(0, Math.max(0, ours.length - keep));
  for (const name of old) fs.rmSync(path.join(folder, name));
  return old;
}
