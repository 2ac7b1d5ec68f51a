import path from "node:path";

/** The embedded default: a SQLite file under data/ in the project folder. */
export const DEFAULT_DATABASE_URL = "file:./data/ko.db";

/**
 * Where the database lives, and the data folder that holds what lives beside it (attachments,
 * integrity files, the app secret, the agent's config): the SQLite file's folder, or for
 * PostgreSQL DATA_DIR (default data/ under the project root).
 */
export type DatabaseLocation =
  | { kind: "sqlite"; url: string; file: string; dataFolder: string }
  | { kind: "postgresql"; url: string; dataFolder: string };

export type DatabaseKind = DatabaseLocation["kind"];

export class UnsupportedDatabaseUrlError extends Error {
  constructor(url: string) {
    const scheme = url.includes(":") ? url.slice(0, url.indexOf(":") + 1) : url;
    super(
      `DATABASE_URL "${scheme}..." is not supported: use a file: URL for the embedded SQLite database, e.g. ${DEFAULT_DATABASE_URL}, or postgresql://user:password@host/database`,
    );
    this.name = "UnsupportedDatabaseUrlError";
  }
}

/**
 * Resolve DATABASE_URL. Relative paths (the SQLite file, DATA_DIR) are taken from the project
 * root (not the current directory) so the CLI, the server and the tests agree.
 */
export function resolveDatabaseUrl(
  raw: string | undefined,
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): DatabaseLocation {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\/[^/]/.test(url)) {
    const dataFolder = path.resolve(projectRoot, env.DATA_DIR?.trim() || "data");
    return { kind: "postgresql", url, dataFolder };
  }
  if (!url.startsWith("file:")) throw new UnsupportedDatabaseUrlError(url);
  let file = url.slice("file:".length);
  // Accept file:///abs/path as well as file:./rel and file:/abs.
  if (file.startsWith("//")) file = file.slice(2);
  file = file.split("?")[0] ?? "";
  if (file === "" || file === ":memory:") throw new UnsupportedDatabaseUrlError(url);
  const absolute = path.resolve(projectRoot, file);
  return { kind: "sqlite", file: absolute, url: `file:${absolute}`, dataFolder: path.dirname(absolute) };
}

/** A path inside the data folder, for checks that take a file: the SQLite file itself, or a name beside nothing. */
export function dataFolderAnchor(database: DatabaseLocation): string {
  return database.kind === "sqlite" ? database.file : path.join(database.dataFolder, ".postgresql");
}

/** The URL with any password hidden, for logs and messages. */
export function describeDatabase(database: DatabaseLocation): string {
  if (database.kind === "sqlite") return database.file;
  try {
    const parsed = new URL(database.url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgresql://(unparsable URL)";
  }
}

/** The SQLite file, for the tools that work on it (backup, restore); PostgreSQL has its own. */
export function sqliteFileOf(database: DatabaseLocation, tool: string): string {
  if (database.kind === "sqlite") return database.file;
  throw new Error(`${tool} works on the embedded SQLite file; on PostgreSQL use pg_dump and pg_restore (see README, "PostgreSQL")`);
}

/** The location of a SQLite file given by its absolute path. */
export function sqliteAt(file: string): DatabaseLocation {
  return resolveDatabaseUrl(`file:${file}`, path.dirname(file));
}
