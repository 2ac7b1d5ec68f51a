import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensurePrivateDatabaseFile } from "@/lib/db/private-files";
import { SetupError } from "./setup-error";

const ROOT = path.resolve(__dirname, "..", "..");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");

/** Migrations in the repository that the database has not finished applying. */
export function pendingMigrations(databaseFile: string): string[] {
  const shipped = fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (!fs.existsSync(databaseFile)) return shipped;
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
    if (!table) return shipped;
    const applied = new Set(
      (sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[]).map(
        (row) => row.migration_name,
      ),
    );
    return shipped.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

/**
 * Apply pending migrations with Prisma Migrate (skipped when there are none, so a restart
 * stays fast), then make sure the file uses write-ahead logging: readers never wait for
 * the writer, which the kiosk and the staff boards rely on. WAL is stored in the file.
 */
export function migrateDatabase(databaseFile: string): { applied: string[] } {
  // Prisma Migrate would create a new database 0644: create it private first.
  ensurePrivateDatabaseFile(databaseFile);
  const pending = pendingMigrations(databaseFile);
  if (pending.length > 0) {
    const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
    const run = spawnSync(prisma, ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    if (run.status !== 0) {
      const detail = `${run.stdout ?? ""}\n${run.stderr ?? ""}`.split("\n").map((l) => l.trim()).filter(Boolean);
      const reason = detail.find((l) => /error/i.test(l)) ?? detail.at(-1) ?? "unknown error";
      throw new SetupError(`could not apply database migrations to ${databaseFile}: ${reason}`);
    }
  }
  const sqlite = new Database(databaseFile);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return { applied: pending };
}
