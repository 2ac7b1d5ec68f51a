import fs from "node:fs";
import path from "node:path";

/** The files SQLite keeps beside the database: all hold personal data. */
export function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/**
 * Make sure the database file exists with mode 0600 before SQLite or Prisma Migrate opens
 * it: SQLite gives the -wal and -shm files the database file's mode, so this one step keeps
 * all three private. Files from an older release (0644) are tightened when we own them.
 */
export function ensurePrivateDatabaseFile(file: string): void {
  if (!fs.existsSync(path.dirname(file))) return; // the caller reports the missing folder
  try {
    fs.writeFileSync(file, "", { flag: "wx", mode: 0o600 }); // an empty file is an empty database
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (const each of [...databaseFiles(file), path.join(path.dirname(file), "app-secret.key")]) tighten(each);
}

function tighten(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return;
  }
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) fs.chmodSync(file, stat.mode & 0o700);
}
