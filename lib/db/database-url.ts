import path from "node:path";

/** The embedded default: a SQLite file under data/ in the project folder. */
export const DEFAULT_DATABASE_URL = "file:./data/ko.db";

export type DatabaseLocation = { kind: "sqlite"; file: string; url: string };

export class UnsupportedDatabaseUrlError extends Error {
  constructor(url: string) {
    const scheme = url.includes(":") ? url.slice(0, url.indexOf(":") + 1) : url;
    super(
      `DATABASE_URL "${scheme}..." is not supported: use a file: URL for the embedded SQLite database, e.g. ${DEFAULT_DATABASE_URL}`,
    );
    this.name = "UnsupportedDatabaseUrlError";
  }
}

/**
 * Resolve DATABASE_URL to an absolute database file. Relative paths are taken from the
 * project root (not the current directory) so the CLI, the server and the tests agree.
 */
export function resolveDatabaseUrl(
  raw: string | undefined,
  projectRoot: string,
): DatabaseLocation {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) throw new UnsupportedDatabaseUrlError(url);
  let file = url.slice("file:".length);
  // Accept file:///abs/path as well as file:./rel and file:/abs.
  if (file.startsWith("//")) file = file.slice(2);
  file = file.split("?")[0] ?? "";
  if (file === "" || file === ":memory:") throw new UnsupportedDatabaseUrlError(url);
  const absolute = path.resolve(projectRoot, file);
  return { kind: "sqlite", file: absolute, url: `file:${absolute}` };
}
