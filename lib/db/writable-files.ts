import fs from "node:fs/promises";

/**
 * Whether the process may still write the database file and its WAL companions. An open
 * connection keeps its file handles, so it cannot tell that a file turned read-only or
 * immutable (chattr +i) until a write fails; checking the files finds that before a filing
 * does. Companions that do not exist yet are fine: SQLite creates them in the folder.
 */
export async function databaseFilesWritable(file: string): Promise<boolean> {
  const checks = [file, `${file}-wal`, `${file}-shm`].map(async (candidate) => {
    try {
      await fs.access(candidate, fs.constants.W_OK);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" && candidate !== file;
    }
  });
  return (await Promise.all(checks)).every(Boolean);
}
