import Database from "better-sqlite3";
import pg from "pg";
import { onServer } from "../../test/support/postgres";

/**
 * Read or change the running server's database directly, on either engine: SQLite (the
 * E2E_DATABASE file) or the run's PostgreSQL database (E2E_DATABASE_URL). Tests write one
 * SQL for both: identifiers in double quotes (PostgreSQL folds unquoted ones to lower case)
 * and `?` placeholders.
 */
const postgresUrl = () => (/^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "") ? process.env.E2E_DATABASE_URL! : null);

// COUNT(*) and other bigints as numbers, as SQLite gives them.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);

/** Read the running server's database directly, to check what a screen claims. */
export async function queryDatabase<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const url = postgresUrl();
  if (url) return (await onServer(url, (client) => client.query(numbered(sql), params))).rows as T[];
  const db = new Database(process.env.E2E_DATABASE!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Change the running server's database directly, for what a test cannot wait for (a month ending). */
export async function changeDatabase(sql: string, ...params: unknown[]): Promise<number> {
  const url = postgresUrl();
  if (url) return (await onServer(url, (client) => client.query(numbered(sql), params))).rowCount ?? 0;
  const db = new Database(process.env.E2E_DATABASE!, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2...` (the tests' SQL has no `?` in its literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
