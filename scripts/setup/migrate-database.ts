import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describeDatabase, type DatabaseLocation } from "@/lib/db/database-url";
import { ensurePrivateDatabaseFile } from "@/lib/db/private-files";
import { SetupError } from "./setup-error";

const ROOT = path.resolve(__dirname, "..", "..");
/** Each engine has its own migration history (prisma/postgresql/ is derived from prisma/schema.prisma). */
const MIGRATIONS = { sqlite: path.join(ROOT, "prisma", "migrations"), postgresql: path.join(ROOT, "prisma", "postgresql", "migrations") };

const APPLIED = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

function shipped(database: DatabaseLocation): string[] {
  return fs
    .readdirSync(MIGRATIONS[database.kind], { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Migrations in the repository that the database has not finished applying. */
export async function pendingMigrations(database: DatabaseLocation): Promise<string[]> {
  const all = shipped(database);
  const applied = new Set(database.kind === "sqlite" ? appliedSqlite(database.file) : await appliedPostgres(database.url));
  return all.filter((name) => !applied.has(name));
}

function appliedSqlite(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
    return table ? (sqlite.prepare(APPLIED).all() as { migration_name: string }[]).map((row) => row.migration_name) : [];
  } finally {
    sqlite.close();
  }
}

async function appliedPostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
    if (!table.rows[0]?.exists) return [];
    return (await client.query<{ migration_name: string }>(APPLIED)).rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

/**
 * Apply pending migrations with Prisma Migrate (skipped when there are none, so a restart
 * stays fast). SQLite: the file is made private first and switched to write-ahead logging
 * (readers never wait for the writer, which the kiosk and the staff boards rely on).
 */
export async function migrateDatabase(database: DatabaseLocation): Promise<{ applied: string[] }> {
  // Prisma Migrate would create a new database 0644: create it private first.
  if (database.kind === "sqlite") ensurePrivateDatabaseFile(database.file);
  let pending: string[];
  try {
    pending = await pendingMigrations(database);
  } catch (error) {
    throw new SetupError(`cannot reach the database ${describeDatabase(database)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (pending.length > 0) {
    const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
    const run = spawnSync(prisma, ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    if (run.status !== 0) {
      const detail = `${run.stdout ?? ""}\n${run.stderr ?? ""}`.split("\n").map((l) => l.trim()).filter(Boolean);
      const reason = detail.find((l) => /error/i.test(l)) ?? detail.at(-1) ?? "unknown error";
      throw new SetupError(`could not apply database migrations to ${describeDatabase(database)}: ${reason}`);
    }
  }
  if (database.kind === "sqlite") {
    const sqlite = new Database(database.file);
    try {
      sqlite.pragma("journal_mode = WAL");
    } finally {
      sqlite.close();
    }
  }
  return { applied: pending };
}
